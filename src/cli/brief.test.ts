// `dossier brief` on fictional articles written for this test: citations, both sides, escaping of untrusted text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWith, scratch, writeCorpus } from '../test-support/cli.js';
import { runCli } from './program.js';

const ONE = `Front Says Bridge <script>alert("t")</script> Taken

By Nodira Fayzieva

The Sarband Front said on Monday that its fighters had captured the Ishkashim bridge after a night of shelling <script>alert(1)</script>.
`;
const TWO = `Officials Deny Bridge Capture | [see](http://example.invalid)

By Jamshed Olimov

District officials denied that fighters of the Sarband Front had captured the Ishkashim bridge during the night, saying the crossing remained under army control.
`;

describe('dossier brief', () => {
  const { dir, cleanup } = scratch();
  const db = join(dir, 'b.db');
  const cli = (...argv: string[]) => runWith(runCli, [...argv, '--db', db]);
  beforeAll(async () => {
    const corpus = writeCorpus(dir, {
      'one.txt': { text: ONE, meta: { outlet: 'Ridge <i>Bulletin</i>', published: '2024-03-04' } },
      'two.txt': { text: TWO, meta: { outlet: 'Valley Courier', published: '2024-03-05' } },
    });
    expect((await cli('ingest', corpus)).code).toBe(0);
  });
  afterAll(() => cleanup());

  it('writes a standalone HTML file with every piece of article text escaped', async () => {
    const out = join(dir, 'brief.html');
    const r = await cli('brief', '--format', 'html', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/wrote a html briefing/);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<i>Bulletin/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Ridge &lt;i&gt;Bulletin&lt;/i&gt;');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    // both sides of the denial, each with speaker, credibility and a citation to its claim
    expect(html).toMatch(/<h3>contradicts \/ denial<\/h3>/);
    expect(html.match(/claim doc-[0-9a-f]{12}\/c\d+, chars \d+–\d+/g)!.length).toBeGreaterThanOrEqual(2);
    expect(html).toMatch(/credibility [1-6] \(/);
  });

  it('escapes what would break Markdown tables and links', async () => {
    const r = await cli('brief');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Briefing/);
    expect(r.out).toContain('Officials Deny Bridge Capture \\| \\[see\\](http://example.invalid)');
    expect(r.out).toContain('\\<script\\>');
    expect(r.out).not.toMatch(/[^\\]<script/);
    // every table row keeps its column count
    for (const line of r.out.split('\n').filter((l) => l.startsWith('| '))) expect(line.replace(/\\\|/g, '').split('|').length).toBe(7);
    expect(r.out).toMatch(/## Contested claims\n\n### 1\. contradicts \/ denial/);
    expect(r.out).toMatch(/\*\*2024-03-\d\d\*\* \(day\) (claim|event)/);
  });

  it('restricts to one actor, and names close matches for an unknown one', async () => {
    const r = await cli('brief', '--about', 'Sarband Front');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Briefing: Sarband Front/);
    expect(r.out).toMatch(/\| Sarband Front \| (GROUP|ORG) \|/);
    const bad = await cli('brief', '--about', 'Sarbant Front');
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/no actor named "Sarbant Front"[\s\S]*did you mean: .*Sarband Front/);
  });

  it('refuses an unknown format', async () => {
    const r = await cli('brief', '--format', 'pdf');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown brief format "pdf"[\s\S]*md, html/);
  });
});
