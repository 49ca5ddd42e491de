/** Finds document files under the paths a user gives, recording each path that cannot be used. */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { InputFile, InputFormat, InputProblem } from './types.js';

export interface CollectOptions {
  /** base for relative paths and for display names; defaults to process.cwd() at the edge */
  cwd?: string;
}

const FORMATS: Record<string, InputFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };

/** The reader format for a file name, or null when unsupported (sidecars are never documents). */
export function formatOf(fileName: string): InputFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.meta.json')) return null;
  return FORMATS[path.extname(lower)] ?? null;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function displayName(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? toPosix(rel) : toPosix(abs);
}

/**
 * Files and folders (recursive) → supported document files, sorted, each with a root-relative `source`.
 * @example collectInputs(['examples'], { cwd: '/repo' }).files[0]?.source // 'a.txt'
 */
export function collectInputs(paths: string[], opts: CollectOptions = {}): { files: InputFile[]; problems: InputProblem[] } {
  const cwd = opts.cwd ?? process.cwd();
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (abs: string, root: string, format: InputFormat): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ path: abs, source: toPosix(path.relative(root, abs)), display: displayName(abs, cwd), format });
  };
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') problems.push({ path: given, code: 'INPUT_NOT_FOUND', message: `${given}: not found` });
      else problems.push({ path: given, code: 'INPUT_UNREADABLE', message: `${given}: cannot be read (${code ?? 'unknown error'})` });
      continue;
    }
    if (st.isDirectory()) {
      walk(abs, abs, new Set(), add, problems, cwd);
      continue;
    }
    const format = formatOf(path.basename(abs));
    if (format) add(abs, path.dirname(abs), format);
    else if (abs.toLowerCase().endsWith('.meta.json'))
      problems.push({ path: given, code: 'INPUT_UNSUPPORTED', message: `${given}: is a metadata sidecar, not a document` });
    else problems.push({ path: given, code: 'INPUT_UNSUPPORTED', message: `${given}: unsupported file type (expected .txt, .md, .markdown, .html or .htm)` });
  }
  files.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.path < b.path ? -1 : 1));
  return { files, problems };
}

function walk(
  dir: string,
  root: string,
  visited: Set<string>,
  add: (abs: string, root: string, format: InputFormat) => void,
  problems: InputProblem[],
  cwd: string,
): void {
  let real: string;
  let entries: import('node:fs').Dirent[];
  try {
    real = realpathSync(dir);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const shown = displayName(dir, cwd);
    problems.push({ path: shown, code: 'INPUT_UNREADABLE', message: `${shown}: folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  // symlinked folders can loop back on themselves
  if (visited.has(real)) return;
  visited.add(real);
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const abs = path.join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = statSync(abs);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // dangling link: nothing to read
      }
    }
    if (isDir) walk(abs, root, visited, add, problems, cwd);
    else if (isFile) {
      const format = formatOf(ent.name);
      if (format) add(abs, root, format);
    }
  }
}
