// Fails on object literals that spread an object and then add fields it may lack ("{ ...c, type }") in the code
// that runs per document. In optimised code V8 (Node 20) gives every such object a hidden class of its own, so each
// reader of it turns megamorphic: the name tagger's input and candidates read that way cost thousands of cache
// misses per hundred articles. Write the fields out, or put the new ones before the spread.
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
/** The per-document path: ingest workers, the writer, and what they call. */
const HOT = [/^src\/nlp\//, /^src\/ingest\//, /^src\/kb\//, /^src\/store\/sqlite\//, /^src\/app\/(analyse-article|crossdoc-records|corpus-analysis|handover|ingest[\w-]*)\.ts$/];

const parsed = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const files = parsed.fileNames.filter((f) => {
  const r = relative(ROOT, f);
  return HOT.some((re) => re.test(r)) && !/\.test\.ts$|contract\.ts$/.test(r);
});
const program = ts.createProgram(files, parsed.options);
const checker = program.getTypeChecker();
const required = (s) => !(s.flags & ts.SymbolFlags.Optional);

/** Names every value of the spread's type surely has (optional ones may be missing at run time). */
function surelyHas(expr) {
  const t = checker.getTypeAtLocation(expr);
  const members = t.isUnion() ? t.types : [t];
  const sets = members.map((m) => new Set(checker.getPropertiesOfType(checker.getApparentType(m)).filter(required).map((s) => s.name)));
  return new Set([...sets[0]].filter((n) => sets.every((s) => s.has(n))));
}

const problems = [];
for (const sf of program.getSourceFiles()) {
  if (!files.includes(sf.fileName)) continue;
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      // a reviewed exception says so on its line: "// shape-ok: <why>"
      if (/\/\/ shape-ok:/.test(sf.text.slice(node.getEnd(), sf.text.indexOf('\n', node.getEnd())))) return ts.forEachChild(node, visit);
      let known = null;
      for (const p of node.properties) {
        if (ts.isSpreadAssignment(p)) known = new Set([...(known ?? []), ...surelyHas(p.expression)]);
        else if (known && (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && !known.has(p.name.getText(sf))) {
          const { line } = sf.getLineAndCharacterOfPosition(p.getStart(sf));
          problems.push(`${relative(ROOT, sf.fileName)}:${line + 1}: "${p.name.getText(sf)}" added after a spread`);
          break;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
if (problems.length) {
  console.error(`check-shapes: ${problems.length} object literal(s) on the per-document path add fields after a spread:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-shapes: ${files.length} files on the per-document path, no field added after a spread`);
