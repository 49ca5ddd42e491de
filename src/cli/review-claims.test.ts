// `dossier review` (claim-link side) and `dossier claim ID` side by side, on fixture articles written for this test.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWith, scratch, writeCorpus } from '../test-support/cli.js';
import { runCli } from './program.js';

const ONE = `Front Claims Dam

By Nodira Fayzieva

The Sarband Front said on Monday that its fighters had seized the Varzob dam after a night of shelling.
`;
const TWO = `Officials Deny Dam Seizure

By Jamshed Olimov

District officials denied that fighters of the Sarband Front had seized the Varzob dam during the night, saying the dam remained under army control.
`;

interface LinkItem { kind: string; conflict: string | null; waiting: string; a: { claim: string; outlet: string | null }; b: { claim: string }; confirm: string; reject: string }

describe('review of claim links, and one claim side by side', () => {
  const { dir, cleanup } = scratch();
  const db = join(dir, 'r.db');
  const cli = (...argv: string[]) => runWith(runCli, [...argv, '--db', db], { DOSSIER_USER: 'ana' });
  const links = async () => (JSON.parse((await cli('review', '--json')).out) as { links: LinkItem[] }).links;
  beforeAll(async () => {
    const corpus = writeCorpus(dir, { 'one.txt': { text: ONE, meta: { outlet: 'Ridge Bulletin' } }, 'two.txt': { text: TWO, meta: { outlet: 'Valley Courier' } } });
    expect((await cli('ingest', corpus)).code).toBe(0);
  });
  afterAll(() => cleanup());

  it('lists the unjudged conflict with both claims and the commands to confirm or reject it', async () => {
    const [l] = await links();
    expect(l).toMatchObject({ kind: 'contradicts', conflict: 'denial', waiting: expect.stringMatching(/conflict not yet judged/) });
    expect(l!.confirm).toBe(`dossier link-claims ${l!.a.claim} ${l!.b.claim} --kind contradicts --conflict denial --why "…"`);
    expect(l!.reject).toBe(`dossier unlink ${l!.a.claim} ${l!.b.claim} --why "…"`);
    const text = (await cli('review')).out;
    expect(text).toMatch(/Claim links waiting for a human \(1\):\n\[contradicts\/denial\] conflict not yet judged/);
    expect(text).toMatch(/ {2}confirm: dossier link-claims /);
  });

  it('shows the claim and the conflicting one side by side with credibility, outlet grade and the link reason', async () => {
    const [l] = await links();
    const r = await cli('claim', l!.b.claim);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/outlet {4}(Ridge Bulletin|Valley Courier), source grade F/);
    expect(r.out).toMatch(/Corroborating claims \(0\):/);
    expect(r.out).toMatch(/Conflicting claims \(1\):\n {2}\[contradicts\/denial\] doc-/);
    expect(r.out).toMatch(/this claim: credibility [1-6], /);
    expect(r.out).toMatch(/that claim: credibility [1-6] — \w+.*; (Ridge Bulletin|Valley Courier), source grade F/);
    expect(r.out).toMatch(/why linked: \S+/);
    const j = JSON.parse((await cli('claim', l!.b.claim, '--json')).out) as { links: { credibility: { digit: number }; outlet: { name: string } }[] };
    expect(j.links[0]!.credibility.digit).toBeGreaterThanOrEqual(1);
    expect(j.links[0]!.outlet.name).toMatch(/Ridge Bulletin|Valley Courier/);
  });

  it('shows each side of a conflict with its credibility and the reason for the link', async () => {
    const r = await cli('conflicts');
    expect(r.out).toMatch(/\[contradicts\/denial\] doc-\S+ {2}vs {2}doc-\S+\n.*\n {4}credibility [1-6] — .+\n.*\n {4}credibility [1-6] — .+\n {2}why: \S+/);
    const [p] = JSON.parse((await cli('conflicts', '--json')).out) as { a_credibility: { digit: number; reason: string } }[];
    expect(p!.a_credibility.reason.length).toBeGreaterThan(5);
  });

  it('drops a pair from the review once an analyst confirms or rejects it', async () => {
    const [l] = await links();
    expect((await cli('link-claims', l!.a.claim, l!.b.claim, '--kind', 'contradicts', '--conflict', 'denial', '--why', 'checked both reports')).code).toBe(0);
    expect(await links()).toEqual([]);
    expect((await cli('review')).out).toMatch(/nothing to review: every claim link has been judged/);
    expect((await cli('unlink', l!.a.claim, l!.b.claim, '--why', 'different dams')).code).toBe(0);
    expect(await links()).toEqual([]);
  });

  it('filters conflicts by actor and category, with clear errors', async () => {
    const badCat = await cli('conflicts', '--conflict', 'rumour');
    expect(badCat.code).toBe(2);
    expect(badCat.err).toMatch(/unknown conflict category "rumour"[\s\S]*quantity, denial, retraction, refutation, date, place, responsibility/);
    const badName = await cli('conflicts', '--about', 'Sarbad Front');
    expect(badName.code).toBe(3);
    expect(badName.err).toMatch(/did you mean: .*Sarband Front/);
  });
});
