/** The command-line program, runnable in-process: `runCli(argv, io)` returns the exit code. */
import { Command, CommanderError } from 'commander';
import { reportError } from './errors.js';
import type { Io } from './io.js';

const DB_HELP = 'database file (default ./dossier.db, or $DOSSIER_DB)';

export async function runCli(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('dossier')
    .description('Source-attributed knowledge graphs from news articles')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)');

  const run = (fn: () => Promise<number>) => async () => {
    code = await fn();
  };

  program
    .command('ingest')
    .description('ingest files and folders (.txt, .md, .html) into the database')
    .argument('<paths...>', 'files or folders, read recursively')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print a machine-readable report')
    .option('--url <url>', 'the URL the single given file came from')
    .option('--outlet <name>', 'the outlet that published the single given file')
    .option('--published <date>', 'publication date of the single given file (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--title <title>', 'title of the single given file')
    .option('--author <name>', 'author of the single given file')
    .option('--max-mb <n>', 'refuse files larger than this many megabytes (default 20)')
    .action(async (paths: string[], o) => run(async () => (await import('./commands/ingest.js')).ingestCommand(paths, o, io))());

  program
    .command('docs')
    .description('list documents with outlet, author and date')
    .option('--db <file>', DB_HELP)
    .option('--all', 'include superseded versions')
    .option('--json', 'JSON output')
    .action(async (o) => run(async () => (await import('./commands/read.js')).docsCommand(o, io))());

  program
    .command('doc')
    .description("one document: metadata with each field's basis and the cleaned text")
    .argument('<id>', 'a document id (see `dossier docs`)')
    .option('--db <file>', DB_HELP)
    .option('--stripped', 'also show what the cleaner removed (menus, bylines, comment trails …) and why')
    .option('--json', 'JSON output')
    .action(async (id: string, o) => run(async () => (await import('./commands/read.js')).docCommand(id, o, io))());

  program
    .command('entities')
    .description('list actors by number of mentions')
    .option('--db <file>', DB_HELP)
    .option('--type <type>', 'PERSON, ORG, GROUP, GPE, LOC, NORP or OTHER')
    .option('--limit <n>', 'show at most n')
    .option('--json', 'JSON output')
    .action(async (o) => run(async () => (await import('./commands/read.js')).entitiesCommand(o, io))());

  program
    .command('entity')
    .description("one actor: spellings and where they were used, mentions per document, claims by and about it, events")
    .argument('<name>', 'a name, any spelling, or an entity id')
    .option('--db <file>', DB_HELP)
    .option('--json', 'JSON output')
    .action(async (name: string, o) => run(async () => (await import('./commands/read.js')).entityCommand(name, o, io))());

  program
    .command('claims')
    .description('the claim ledger: who said what, on whose authority')
    .option('--db <file>', DB_HELP)
    .option('--speaker <name>', 'claims made by this actor')
    .option('--about <name>', 'claims about this actor')
    .option('--json', 'JSON output')
    .action(async (o) => run(async () => (await import('./commands/read.js')).claimsCommand(o, io))());

  program
    .command('conflicts')
    .description('contradictions, refutations, retractions and scope differences between claims, both sides side by side')
    .option('--db <file>', DB_HELP)
    .option('--about <name>', 'only conflicts touching this actor')
    .option('--conflict <category>', 'quantity, denial, retraction, refutation, date, place or responsibility')
    .option('--json', 'JSON output')
    .action(async (o) => run(async () => (await import('./commands/ledger.js')).conflictsCommand(o, io))());

  program
    .command('claim')
    .description('one claim with its corroborating and conflicting claims, credibility and reason')
    .argument('<id>', 'a claim id (see `dossier claims`)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'JSON output')
    .action(async (id: string, o) => run(async () => (await import('./commands/ledger.js')).claimCommand(id, o, io))());

  program
    .command('sources')
    .description('outlets with their grade, who set it and the signals behind it')
    .option('--db <file>', DB_HELP)
    .option('--json', 'JSON output')
    .action(async (o) => run(async () => (await import('./commands/ledger.js')).sourcesCommand(o, io))());

  program
    .command('brief')
    .description('a cited briefing: key actors, timeline, contested claims with both sides, corroborated claims, sources')
    .option('--db <file>', DB_HELP)
    .option('--about <name>', 'only what touches this actor')
    .option('--format <format>', 'md or html (a standalone file, all article text escaped)', 'md')
    .option('--out <file>', 'write to this file; stdout without it')
    .action(async (o) => run(async () => (await import('./commands/brief.js')).briefCommand(o, io))());

  const sourceCmd = program.command('source').description("an outlet's grade: only an analyst sets one");
  sourceCmd
    .command('grade')
    .description('set the Admiralty reliability letter of an outlet, with the reason')
    .argument('<outlet>', 'the outlet name as `dossier sources` shows it')
    .argument('<letter>', 'A (reliable) … E (unreliable), F (cannot be judged)')
    .requiredOption('--why <reason>', 'why this grade (recorded with who and when)')
    .option('--db <file>', DB_HELP)
    .action(async (outlet: string, letter: string, o) => run(async () => (await import('./commands/judge.js')).sourceGradeCommand(outlet, letter, o, io))());

  program
    .command('link-claims')
    .description('record that two claims are linked (kept across re-analysis)')
    .argument('<a>', 'claim id')
    .argument('<b>', 'claim id')
    .requiredOption('--kind <kind>', 'contradicts, corroborates, retracts, refutes or scope')
    .option('--conflict <category>', 'quantity, denial, retraction, refutation, date, place or responsibility')
    .requiredOption('--why <reason>', 'why (recorded with who and when)')
    .option('--db <file>', DB_HELP)
    .action(async (a: string, b: string, o) => run(async () => (await import('./commands/judge.js')).linkClaimsCommand(a, b, o, io))());

  program
    .command('unlink')
    .description('record that two claims are not linked (kept across re-analysis)')
    .argument('<a>', 'claim id')
    .argument('<b>', 'claim id')
    .requiredOption('--why <reason>', 'why (recorded with who and when)')
    .option('--db <file>', DB_HELP)
    .action(async (a: string, b: string, o) => run(async () => (await import('./commands/judge.js')).unlinkCommand(a, b, o, io))());

  program
    .command('merge')
    .description("record that two entities are one actor: B's mentions become A's (kept across re-analysis; undo per mention with `split`)")
    .argument('<a>', 'the entity kept (id or name)')
    .argument('<b>', 'the entity merged into it (id or name)')
    .requiredOption('--why <reason>', 'why (recorded with who and when)')
    .option('--db <file>', DB_HELP)
    .action(async (a: string, b: string, o) => run(async () => (await import('./commands/entities-judge.js')).mergeCommand(a, b, o, io))());

  program
    .command('split')
    .description('record that some mentions of an entity name another actor, or undo a merge (kept across re-analysis)')
    .argument('<entity>', 'the entity the mentions leave (id or name)')
    .option('--mention <id...>', 'mention ids, e.g. doc-1a2b3c4d5e6f/m12 (see `dossier mentions`)')
    .option('--from <entity>', 'undo a merge whole: the mentions first linked to this entity leave')
    .requiredOption('--why <reason>', 'why (recorded with who and when)')
    .option('--db <file>', DB_HELP)
    .action(async (entity: string, o) => run(async () => (await import('./commands/entities-judge.js')).splitCommand(entity, o, io))());

  program
    .command('link')
    .description('record which actor one mention refers to (kept across re-analysis)')
    .argument('<mention>', 'a mention id, e.g. doc-1a2b3c4d5e6f/m12')
    .argument('<actor>', 'an entity id or name, or a knowledge-base id')
    .requiredOption('--why <reason>', 'why (recorded with who and when)')
    .option('--db <file>', DB_HELP)
    .action(async (mention: string, actor: string, o) => run(async () => (await import('./commands/entities-judge.js')).linkCommand(mention, actor, o, io))());

  program
    .command('review')
    .description("what waits for a human: the linker's unsure decisions (near misses, low scores, automatic merges) and claim links not yet confirmed or rejected, conflicts first")
    .option('--db <file>', DB_HELP)
    .option('--limit <n>', 'show at most n (default 50)')
    .option('--json', 'JSON output')
    .action(async (o) => run(async () => (await import('./commands/entities-judge.js')).reviewCommand(o, io))());

  program
    .command('mentions')
    .description("one entity's mentions with their ids and the linker's rule, for `split` and `link`")
    .argument('<entity>', 'an entity id or name')
    .option('--doc <id>', 'only in this document')
    .option('--db <file>', DB_HELP)
    .option('--json', 'JSON output')
    .action(async (entity: string, o) => run(async () => (await import('./commands/entities-judge.js')).mentionsCommand(entity, o, io))());

  program
    .command('search')
    .description('full-text search over documents and claims')
    .argument('<text...>', 'words to search for')
    .option('--db <file>', DB_HELP)
    .option('--limit <n>', 'at most n hits (default 20)')
    .option('--json', 'JSON output')
    .action(async (text: string[], o) => run(async () => (await import('./commands/read.js')).searchCommand(text.join(' '), o, io))());

  program
    .command('export')
    .description('export the graph: json (dossier.export/1), csv (one file per table), stix (STIX 2.1 bundle), gexf or graphml (Gephi)')
    .option('--db <file>', DB_HELP)
    .option('--format <format>', 'json, csv, stix, gexf or graphml', 'json')
    .option('--out <path>', 'output file (a folder for csv); stdout without it')
    .option('--tlp <level>', 'STIX only: TLP 2.0 marking (clear, green, amber, amber+strict, red)')
    .option('--compat <target>', 'STIX only: oasis (default) or opencti (custom relationship types become related-to)')
    .action(async (o: { format: string; db?: string; out?: string; tlp?: string; compat?: string }) =>
      run(async () => {
        const format = o.format.toLowerCase();
        if (format === 'stix') return (await import('./commands/interop.js')).exportStixCommand(o, io);
        if (format === 'gexf' || format === 'graphml') return (await import('./commands/interop.js')).exportGraphCommand({ ...o, format }, io);
        return (await import('./commands/export.js')).exportCommand(o, io);
      })(),
    );

  program
    .command('import')
    .description("add the actors of a STIX 2.1 bundle (OpenCTI, MISP) to your own knowledge-base pack")
    .argument('<file>', 'a STIX 2.1 bundle (JSON)')
    .option('--db <file>', DB_HELP)
    .option('--format <format>', 'stix', 'stix')
    .option('--pack <file>', 'the pack to write (default dossier-kb/imported-stix.yaml next to the database, loaded on later runs)')
    .option('--name <name>', 'the pack name')
    .option('--json', 'JSON output')
    .action(async (file: string, o) => run(async () => (await import('./commands/interop.js')).importStixCommand(file, o, io))());

  const kbCmd = program.command('kb').description('the knowledge base: validate packs, search and resolve names');
  kbCmd
    .command('validate')
    .description('validate the built-in packs and your own (--kb); print counts per type')
    .option('--kb <dir>', "a folder of your own packs, loaded over the built-in ones (default $DOSSIER_KB)")
    .option('--json', 'JSON output')
    .action(async (o) => run(async () => (await import('./commands/kb.js')).kbValidateCommand(o, io))());
  kbCmd
    .command('search')
    .description('ranked candidate actors for a name, with scores and why')
    .argument('<name...>', 'a name in any spelling or script')
    .option('--kb <dir>', 'a folder of your own packs')
    .option('--type <type>', 'PERSON, ORG, GROUP, GPE, LOC, NORP or OTHER')
    .option('--date <date>', 'date for role phrases (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--limit <n>', 'at most n candidates (default 20)')
    .option('--json', 'JSON output: [{"id","name","type","score","why"}]')
    .action(async (name: string[], o) => run(async () => (await import('./commands/kb.js')).kbSearchCommand(name.join(' '), o, io))());
  kbCmd
    .command('resolve')
    .description('the actor the linker would choose for a name out of context, or none')
    .argument('<name...>', 'a name, or a role phrase such as "the Tajik leader"')
    .option('--kb <dir>', 'a folder of your own packs')
    .option('--type <type>', 'PERSON, ORG, GROUP, GPE, LOC, NORP or OTHER')
    .option('--date <date>', 'the document date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--json', 'JSON output: {"id","score","why"}')
    .action(async (name: string[], o) => run(async () => (await import('./commands/kb.js')).kbResolveCommand(name.join(' '), o, io))());

  program
    .command('demo')
    .description('ingest the bundled sample corpus into ./dossier.db, print a summary, then open the workbench (interactive terminals only)')
    .option('--db <file>', DB_HELP)
    .option('--no-serve', 'do not start the workbench afterwards')
    .option('--port <n>', 'workbench port (default 7777)')
    .action(async (o) => run(async () => (await import('./commands/demo.js')).demoCommand(o, io))());

  program
    .command('serve')
    .description('the analyst workbench: a JSON API and web UI on 127.0.0.1, guarded by a token printed at start')
    .option('--db <file>', DB_HELP)
    .option('--port <n>', 'port (default 7777; 0 picks a free one)')
    .option('--host <address>', 'address to bind (default 127.0.0.1)')
    .option('--token-file <file>', 'read a fixed token from this file (or set DOSSIER_TOKEN); otherwise one is generated per run')
    .option('--allow-write', 'allow writes (POST /api/documents ingests a pasted article); read-only otherwise')
    .action(async (o) => run(async () => (await import('./commands/serve.js')).serveCommand(o, io))());

  program
    .command('annotate')
    .description('print the name mentions of a raw text (offsets into the text as given)')
    .argument('[file]', 'a text file, or - for standard input (the default)')
    .option('--json', 'JSON output')
    .option('--jsonl', 'read {"id","text"} lines on standard input, write {"id","mentions"} lines')
    .option('--claims', 'with --jsonl: also write claims (export shape, offsets into the text as given)')
    .action(async (file: string | undefined, o) => run(async () => (await import('./commands/annotate.js')).annotateCommand(file, o, io))());

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    return reportError(e, io.err);
  }
}
