/** Raw bytes → text: BOMs, strict UTF-8, then a scored choice among single-byte code pages. */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { decodingBadness } from './decode-score.js';

export type DecodeFailure = 'binary' | 'undecodable';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: DecodeFailure; detail: string };

/** Single-byte code pages always tried when a file is not UTF-8; chardet's best guess is added to these. */
const CANDIDATES = ['windows-1251', 'koi8-r', 'windows-1252'];
/** Above this share of implausible words no decoding is trusted. */
const MAX_BADNESS = 0.35;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
// eslint-disable-next-line no-control-regex -- stray control characters are what this removes (tab and LF stay)
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** NUL bytes, or more than a trace of other control bytes, mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // tab, LF, FF, CR, ESC and DOS end-of-file (0x1A) all turn up in real text files
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 0x1a && b !== 0x1b) controls++;
  }
  return controls > 2 && controls > bytes.length / 200;
}

function bom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** Line endings to LF, NFC, and stray control characters (other than tab/LF) to spaces. */
export function normaliseDecoded(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, ' ')
    .normalize('NFC');
}

function singleByteCandidates(bytes: Uint8Array): string[] {
  const out = [...CANDIDATES];
  const top = chardet.analyse(bytes)[0];
  if (top && top.confidence >= 30 && !/^(UTF|ASCII)/i.test(top.name) && iconv.encodingExists(top.name)) {
    const name = top.name.toLowerCase();
    // chardet's own pick goes first so it wins ties
    if (out.includes(name)) out.splice(out.indexOf(name), 1);
    out.unshift(name);
  }
  return out;
}

/** The charset an HTML page declares in its first 2 KB (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(head);
  return m && iconv.encodingExists(m[1]!) ? m[1]!.toLowerCase() : null;
}

/**
 * Decodes a file's bytes and names the encoding used; `declared` (an HTML charset) is trusted when it reads well.
 * @example decodeBytes(new TextEncoder().encode('hi')) // { ok: true, text: 'hi', encoding: 'utf-8' }
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): DecodeResult {
  const b = bom(bytes);
  if (b) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + b.skip, bytes.length - b.skip), b.encoding);
    return { ok: true, text: normaliseDecoded(text), encoding: b.encoding };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary', detail: 'contains NUL or control bytes' };
  try {
    return { ok: true, text: normaliseDecoded(STRICT_UTF8.decode(bytes)), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the single-byte code pages
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (declared && !/^utf-?8$/.test(declared)) {
    const text = iconv.decode(buf, declared);
    if (decodingBadness(text) <= MAX_BADNESS) return { ok: true, text: normaliseDecoded(text), encoding: latinName(declared, bytes) };
  }
  let best: { text: string; encoding: string; bad: number } | null = null;
  for (const enc of singleByteCandidates(bytes)) {
    const text = iconv.decode(buf, enc);
    if (text.includes('\uFFFD') && enc !== 'windows-1252') continue;
    const bad = decodingBadness(text);
    if (!best || bad < best.bad) best = { text, encoding: enc, bad };
  }
  if (!best || best.bad > MAX_BADNESS) return { ok: false, reason: 'undecodable', detail: 'no known text encoding gives readable text' };
  return { ok: true, text: normaliseDecoded(best.text), encoding: latinName(best.encoding, bytes) };
}

/** Windows-1252 text that uses none of its extra 0x80–0x9F characters is plain ISO-8859-1. */
function latinName(enc: string, bytes: Uint8Array): string {
  if (!['windows-1252', 'iso-8859-1', 'latin1', 'cp1252'].includes(enc)) return enc;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80 && bytes[i]! <= 0x9f) return 'windows-1252';
  return 'iso-8859-1';
}
