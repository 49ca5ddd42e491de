import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes } from './decode.js';
import { decodingBadness } from './decode-score.js';

const RU = 'Вчера вечером пограничники задержали двух человек у реки. По словам офицера, задержанные пытались перейти границу ночью.';
const RU_SHORT = 'Граница закрыта.';
const FR = 'Le marché était fermé à cause de la grève, et les élèves ont dû rentrer à pied sous la pluie.';
const DE = 'Die Grenzübergänge blieben am Wochenende geschlossen, teilte das Ministerium mit.';
const CP1252_ONLY = 'He called it a “temporary” closure — nothing more.';

function ok(bytes: Uint8Array): { text: string; encoding: string } {
  const r = decodeBytes(bytes);
  if (!r.ok) throw new Error(`expected success, got ${r.reason}`);
  return { text: r.text, encoding: r.encoding };
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]), RU, 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FR, 'utf-16le')]), FR, 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(RU, 'utf-16be')]), RU, 'utf-16be'],
    ['UTF-8 without BOM', Buffer.from(FR), FR, 'utf-8'],
    ['plain ASCII', Buffer.from('Just ASCII here.'), 'Just ASCII here.', 'utf-8'],
    ['Windows-1251', iconv.encode(RU, 'windows-1251'), RU, 'windows-1251'],
    ['KOI8-R', iconv.encode(RU, 'koi8-r'), RU, 'koi8-r'],
    ['short Windows-1251', iconv.encode(RU_SHORT, 'windows-1251'), RU_SHORT, 'windows-1251'],
    ['short KOI8-R', iconv.encode(RU_SHORT, 'koi8-r'), RU_SHORT, 'koi8-r'],
    ['ISO-8859-1 French', iconv.encode(FR, 'latin1'), FR, 'iso-8859-1'],
    ['ISO-8859-1 German', iconv.encode(DE, 'latin1'), DE, 'iso-8859-1'],
    ['Windows-1252 curly quotes', iconv.encode(CP1252_ONLY, 'windows-1252'), CP1252_ONLY, 'windows-1252'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(ok(bytes)).toEqual({ text, encoding });
  });

  it('trusts a declared HTML charset that reads well, and ignores one that does not', () => {
    const html = `<html><head><meta charset="koi8-r"></head><body>${RU}</body></html>`;
    const bytes = iconv.encode(html, 'koi8-r');
    expect(declaredCharset(bytes)).toBe('koi8-r');
    expect(decodeBytes(bytes, declaredCharset(bytes))).toMatchObject({ ok: true, encoding: 'koi8-r' });
    expect(decodeBytes(iconv.encode(RU, 'windows-1251'), 'koi8-r')).toMatchObject({ ok: true, encoding: 'windows-1251' });
    expect(declaredCharset(Buffer.from('<p>no charset</p>'))).toBeNull();
  });

  it('converts CRLF and CR to LF and composes to NFC', () => {
    const r = ok(Buffer.from('Cafe\u0301 one\r\ntwo\rthree'));
    expect(r.text).toBe('Café one\ntwo\nthree');
    expect(r.text.normalize('NFC')).toBe(r.text);
  });

  it.each([
    ['a NUL byte', Buffer.from([0x48, 0x69, 0x00, 0x21, 0x0a])],
    ['UTF-16 without a BOM', iconv.encode('Hello there', 'utf-16le')],
    ['many control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
  ])('reports %s as binary', (_name, bytes) => {
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('binary');
  });

  it('reports high bytes that read as nothing as undecodable', () => {
    // deterministic noise in 0x80–0xFF with spaces: no code page makes words of it
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 6 === 5 ? 0x20 : 0x80 + ((i * 37 + 11) % 128))));
    const r = decodeBytes(bytes);
    expect(!r.ok && r.reason).toBe('undecodable');
  });
});

describe('decodingBadness', () => {
  it.each([
    ['correct Russian', RU, 0, 0.1],
    ['Windows-1251 read as KOI8-R', iconv.decode(iconv.encode(RU, 'windows-1251'), 'koi8-r'), 0.5, 1],
    ['KOI8-R read as Windows-1251', iconv.decode(iconv.encode(RU, 'koi8-r'), 'windows-1251'), 0.5, 1],
    ['French read as Windows-1251', iconv.decode(iconv.encode(FR, 'latin1'), 'windows-1251'), 0.5, 1],
    ['Russian read as Latin-1', iconv.decode(iconv.encode(RU, 'windows-1251'), 'latin1'), 0.5, 1],
    ['plain English', 'Nothing but ASCII words.', 0, 0],
  ])('%s', (_name, text, lo, hi) => {
    const b = decodingBadness(text);
    expect(b).toBeGreaterThanOrEqual(lo);
    expect(b).toBeLessThanOrEqual(hi);
  });
});
