/** `dossier annotate [FILE|-] [--json] [--jsonl [--claims]]`: name mentions of a raw text, offsets into the text as given. */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { AnnotatedMention } from '../../app/annotate.js';
import { AppError } from '../../core/errors.js';
import type { Io } from '../io.js';

async function readAll(stream: Readable): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(parts).toString('utf8');
}

function human(text: string, ms: AnnotatedMention[]): string {
  if (!ms.length) return 'no names found\n';
  const lines = ms.map((m) => `${String(m.start).padStart(6)}–${String(m.end).padEnd(6)} ${m.type.padEnd(7)} ${m.text}${m.role ? `  (role: ${m.role})` : ''}`);
  return `${lines.join('\n')}\n${ms.length} mentions in ${text.length} characters\n`;
}

/** Reads `{"id","text"}` lines and writes `{"id","mentions"[,"claims"]}` lines; a bad line stops the run with its number. */
async function jsonl(annotate: (t: string, id: string) => Record<string, unknown>, input: Readable, io: Io): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch (e) {
      throw new AppError('INVALID_ARGUMENT', `line ${n} is not JSON`, { cause: e });
    }
    if (typeof rec.text !== 'string') throw new AppError('INVALID_ARGUMENT', `line ${n} has no "text" string`);
    io.out(`${JSON.stringify({ id: rec.id ?? null, ...annotate(rec.text, String(rec.id ?? n)) })}\n`);
  }
  return 0;
}

export async function annotateCommand(file: string | undefined, flags: { json?: boolean; jsonl?: boolean; claims?: boolean }, io: Io, stdin: Readable = process.stdin): Promise<number> {
  const { createAnnotator, createClaimAnnotator } = await import('../../app/annotate.js');
  if (flags.claims && !flags.jsonl) throw new AppError('INVALID_ARGUMENT', '--claims goes with --jsonl');
  if (flags.jsonl) {
    if (file && file !== '-') throw new AppError('INVALID_ARGUMENT', '--jsonl reads standard input; give no file or "-"');
    if (flags.claims) {
      const annotate = createClaimAnnotator();
      return jsonl((text, id) => {
        const r = annotate(text, id);
        return { mentions: r.mentions.map(({ start, end, type, text: t }) => ({ start, end, type, text: t })), claims: r.claims };
      }, stdin, io);
    }
    const annotate = createAnnotator();
    return jsonl((text) => ({ mentions: annotate(text).map(({ start, end, type, text: t }) => ({ start, end, type, text: t })) }), stdin, io);
  }
  let text: string;
  try {
    text = !file || file === '-' ? await readAll(stdin) : await readFile(file, 'utf8');
  } catch (e) {
    throw new AppError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', `cannot read ${file}`, { cause: e });
  }
  const mentions = createAnnotator()(text);
  io.out(flags.json ? `${JSON.stringify({ mentions }, null, 2)}\n` : human(text, mentions));
  return 0;
}
