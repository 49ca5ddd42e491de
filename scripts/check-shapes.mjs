// Fails on object literals that spread an object and then set fields ("{ ...c, type }", "{ ...t, norm }") in the code
// that runs per document. In optimised code V8 (Node 20) gives every object that adds a field this way a hidden class
// of its own, and one that overwrites a field a class other than the literal's, so the code reading them turns
// polymorphic or megamorphic and is deoptimised and recompiled as new classes turn up (the name tagger's input and
// candidates cost thousands of cache misses per hundred articles). Write the fields out, or set the new ones before
// the spread; a reviewed exception carries "// shape-ok: <why>".
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

/** A reviewed exception says so on the line where the literal starts or the line before: "// shape-ok: <why>". */
function reviewed(sf, node) {
  const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
  const starts = sf.getLineStarts();
  const text = sf.text.slice(starts[Math.max(0, line - 1)], starts[line + 1] ?? sf.text.length);
  return text.includes('// shape-ok:');
}

const problems = [];
for (const sf of program.getSourceFiles()) {
  if (!files.includes(sf.fileName)) continue;
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      if (reviewed(sf, node)) return ts.forEachChild(node, visit);
      let known = null;
      for (const p of node.properties) {
        if (ts.isSpreadAssignment(p)) known = new Set([...(known ?? []), ...surelyHas(p.expression)]);
        else if (known && (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) {
          const { line } = sf.getLineAndCharacterOfPosition(p.getStart(sf));
          problems.push(`${relative(ROOT, sf.fileName)}:${line + 1}: "${p.name.getText(sf)}" set after a spread`);
          break;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
if (problems.length) {
  console.error(`check-shapes: ${problems.length} object literal(s) on the per-document path set fields after a spread:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-shapes: ${files.length} files on the per-document path, no field set after a spread`);
