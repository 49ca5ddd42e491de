import { describe, expect, it } from 'vitest';
import { blockingKeys, contentTerms, linkClaims, type Happening, type LinkableClaim } from './claim-links.js';

let n = 0;
function claim(over: Partial<LinkableClaim>): LinkableClaim {
  n++;
  return {
    id: `c${n}`,
    doc: 'd1',
    position: n,
    outlet: null,
    speakerKey: `s${n}`,
    speakerText: `speaker ${n}`,
    stance: 'assert',
    content: '',
    about: [],
    quantities: [],
    origins: [],
    ...over,
  };
}
const q = (value: number | null, unit: string, min: number | null = null, max: number | null = null) => ({ value, min, max, unit, text: `${value ?? min} ${unit}` });

describe('linkClaims', () => {
  it('links a denial to the claim it denies, across documents', () => {
    const a = claim({ doc: 'd1', content: 'militants fired rockets across the border into the district', about: ['kb:isis'] });
    const b = claim({ doc: 'd2', stance: 'deny', content: 'no rockets were fired across the border', about: ['kb:isis'] });
    const links = linkClaims([a, b]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'contradicts', conflict: 'denial', a: b.id, b: a.id });
    expect(links[0]!.reason).toContain('rockets');
  });

  it('calls an author saying a report was false a refutation of the nearest earlier claim', () => {
    const a = claim({ content: 'the commander was arrested at the border crossing', about: ['kb:halimov'] });
    const b = claim({ speakerKey: 'author', stance: 'deny', content: 'the report proved to be false', about: [] });
    expect(linkClaims([a, b])).toEqual([expect.objectContaining({ kind: 'refutes', conflict: 'refutation', a: b.id, b: a.id })]);
  });

  it('links a denial of a bare "that" to the claim just before it by another speaker', () => {
    const a = claim({ doc: 'd70', speakerKey: 'kb:army', content: 'the valley had fallen completely', about: ['kb:valley'] });
    const b = claim({ doc: 'd70', speakerKey: 'kb:front', stance: 'deny', content: 'that', about: [] });
    expect(linkClaims([a, b])).toEqual([expect.objectContaining({ kind: 'contradicts', conflict: 'denial', a: b.id, b: a.id })]);
  });

  it('links a denial of "the claim" to the claim just before it by another speaker', () => {
    const a = claim({ speakerKey: 'kb:csto', content: 'four thousand fighters had gathered near the border', about: ['kb:iskp'] });
    const b = claim({ speakerKey: 'kb:muttaqi', stance: 'deny', content: 'the claim' });
    expect(linkClaims([a, b])).toEqual([expect.objectContaining({ kind: 'contradicts', conflict: 'denial', a: b.id, b: a.id })]);
  });

  it('does not reach into another document for a refutation', () => {
    const a = claim({ doc: 'd9', content: 'the commander was arrested at the border crossing' });
    const b = claim({ doc: 'd10', speakerKey: 'author', stance: 'deny', content: 'that story was false' });
    expect(linkClaims([a, b])).toEqual([]);
  });

  it('finds a retraction only when the same speaker withdraws its claim', () => {
    const a = claim({ speakerKey: 'outlet-x', content: 'the governor resigned from office yesterday', about: ['kb:gov'] });
    const b = claim({ speakerKey: 'outlet-x', stance: 'retract', content: 'the governor resigned from office', about: ['kb:gov'] });
    expect(linkClaims([a, b])[0]).toMatchObject({ kind: 'retracts', a: b.id, b: a.id });
  });

  it.each([
    [q(4000, 'fighter'), q(6500, 'fighter'), 'quantity'],
    [q(null, 'troop', 1000, 9999), q(null, 'troop', 10000, 99999), 'quantity'],
  ])('flags disjoint counts of the same unit', (qa, qb, conflict) => {
    const a = claim({ content: 'fighters gathered near the border', about: ['kb:iskp'], quantities: [qa] });
    const b = claim({ doc: 'd2', content: 'fighters gathered near the border region', about: ['kb:iskp'], quantities: [qb] });
    expect(linkClaims([a, b])[0]).toMatchObject({ kind: 'contradicts', conflict });
  });

  it('treats different units about the same actor as scope, never as contradiction', () => {
    const a = claim({ content: 'nationals living in Syria and Iraq', about: ['kb:tajikistan'], quantities: [q(386, 'national')] });
    const b = claim({ content: 'people travelled to Syria and Iraq', about: ['kb:tajikistan'], quantities: [q(null, 'person', 2000, 4000)] });
    const links = linkClaims([a, b]);
    expect(links.map((l) => l.kind)).toEqual(['scope']);
  });

  it('leaves unrelated claims alone', () => {
    const a = claim({ content: 'the harvest was good this autumn', about: ['kb:a'] });
    const b = claim({ stance: 'deny', content: 'the minister never visited the capital', about: ['kb:b'] });
    expect(linkClaims([a, b])).toEqual([]);
  });

  it('never calls overlapping counts a contradiction', () => {
    const a = claim({ content: 'fighters near the border', about: ['kb:x'], quantities: [q(null, 'fighter', 2000, 4000)] });
    const b = claim({ doc: 'd2', content: 'fighters near the border', about: ['kb:x'], quantities: [q(3000, 'fighter')] });
    expect(linkClaims([a, b]).map((l) => l.kind)).not.toContain('contradicts');
  });
});

describe('topic matching', () => {
  it('links an answer right after a claim in the same document without a shared actor', () => {
    const a = claim({ doc: 'd7', content: 'the group fired eight rockets at border posts', about: ['kb:isis'] });
    const b = claim({ doc: 'd7', stance: 'deny', content: 'only bullets were fired, not rockets' });
    expect(linkClaims([a, b])).toEqual([expect.objectContaining({ kind: 'contradicts', conflict: 'denial', a: b.id })]);
  });

  it('links claims sharing an actor and the same number', () => {
    const a = claim({ doc: 'd8', content: 'about 4,000 terrorists moved near the frontier', about: ['kb:iskp'], quantities: [q(4000, 'terrorist')] });
    const b = claim({ doc: 'd8', position: a.position + 5, stance: 'deny', content: 'allegations regarding the presence of 4,000 armed men', about: ['kb:iskp'], quantities: [q(4000, 'man')] });
    expect(linkClaims([a, b])).toEqual([expect.objectContaining({ kind: 'contradicts', conflict: 'denial' })]);
  });

  it('needs three shared words across documents', () => {
    const a = claim({ doc: 'd9', content: 'terrorist groups are active on Afghan territory', about: ['kb:afghanistan'] });
    const b = claim({ doc: 'd10', stance: 'deny', content: 'no group may use the territory against neighbours', about: ['kb:afghanistan'] });
    expect(linkClaims([a, b])).toEqual([]);
  });
});

describe('corroboration by independent origin', () => {
  const base = { about: ['kb:iskp'], content: 'militants fired rockets across the river at border posts overnight' };
  it('links agreeing claims from independent origins', () => {
    const a = claim({ ...base, doc: 'd1', origins: ['outlet:a', 'speaker:kb:gknb'] });
    const b = claim({ ...base, doc: 'd2', origins: ['outlet:b', 'speaker:anon:residents'] });
    expect(linkClaims([a, b])).toEqual([expect.objectContaining({ kind: 'corroborates', conflict: null })]);
  });

  it.each([
    ['one wire story', ['cluster:w1'], ['cluster:w1']],
    ['one official repeated by two outlets', ['speaker:kb:gknb', 'outlet:a'], ['speaker:kb:gknb', 'outlet:b']],
    ['one intermediary', ['via:interfax'], ['via:interfax']],
  ])('does not count %s twice', (_name, oa, ob) => {
    const a = claim({ ...base, doc: 'd1', origins: oa });
    const b = claim({ ...base, doc: 'd2', origins: ob });
    expect(linkClaims([a, b])).toEqual([]);
  });
});

describe('contentTerms', () => {
  it('drops short and stop words and folds plurals', () => {
    expect([...contentTerms('They said the rockets were fired')]).toEqual(['rocket', 'fir']);
    expect([...contentTerms('fire fires firing crosses across serious')]).toEqual(['fir', 'cross', 'across', 'serious']);
    expect([...contentTerms('detained captured arrest disappearance disappeared')]).toEqual(['arrest', 'disappear']);
    expect([...contentTerms('arrested arrest reporting')]).toEqual(['arrest', 'report']);
  });
});

describe('one happening told two ways', () => {
  const h = (over: Partial<Happening>): Happening => ({ at: 0, type: 'battles', actors: ['kb:north-brigade'], terms: ['ambush', 'convoy', 'pass', 'supply'], date: null, place: null, ...over });
  const may = { from: '2031-05-01', to: '2031-05-31', text: 'in May' };
  const june = { from: '2031-06-01', to: '2031-06-31', text: 'in early June' };
  const vela = { id: 'kb:vela', name: 'Vela', lat: 41.0, lon: 44.0 };
  const orsk = { id: 'kb:orsk', name: 'Orsk', lat: 43.5, lon: 47.9 };

  it.each([
    ['date', { date: may }, { date: june }],
    ['place', { place: vela }, { place: orsk }],
  ])('flags a %s conflict between two sentences about one ambush', (conflict, x, y) => {
    const a = claim({ doc: 'd20', speakerKey: 'author', narrative: true, happenings: [h({ at: 10, ...x })] });
    const b = claim({ doc: 'd20', speakerKey: 'kb:ministry', content: 'the brigade ambushed the supply convoy', happenings: [h({ at: 90, ...y })] });
    expect(linkClaims([a, b])).toEqual([expect.objectContaining({ kind: 'contradicts', conflict, a: a.id, b: b.id })]);
  });

  it.each([
    ['overlapping dates', { date: may }, { date: { from: '2031-05-20', to: '2031-05-20', text: 'on 20 May' } }],
    ['nearby places', { place: vela }, { place: { id: 'kb:vela-district', name: 'Vela district', lat: 41.1, lon: 44.1 } }],
    ['another kind of event', { date: may }, { date: june, type: 'protests' }],
    ['no shared actor', { date: may }, { date: june, actors: ['kb:south-brigade'] }],
    ['too few shared words', { date: may }, { date: june, terms: ['convoy', 'harvest', 'market'] }],
  ])('leaves %s alone', (_name, x, y) => {
    const a = claim({ doc: 'd21', speakerKey: 'author', narrative: true, happenings: [h({ at: 10, ...x })] });
    const b = claim({ doc: 'd21', speakerKey: 'author', narrative: true, happenings: [h({ at: 90, ...y })] });
    expect(linkClaims([a, b])).toEqual([]);
  });

  it('never sets two events read from one sentence against each other', () => {
    const a = claim({ doc: 'd22', narrative: true, happenings: [h({ at: 5, place: vela })] });
    const b = claim({ doc: 'd22', narrative: true, happenings: [h({ at: 5, place: orsk })] });
    expect(linkClaims([a, b])).toEqual([]);
  });
});

describe('responsibility', () => {
  const act = 'the bombing of the river bridge';
  it('sets a group claiming an act against another party blamed for it', () => {
    const a = claim({ doc: 'd30', speakerKey: 'kb:red-hand', content: act, blame: { agent: 'kb:red-hand', text: 'Red Hand' } });
    const b = claim({ doc: 'd31', speakerKey: 'kb:interior-ministry', content: `the Blue Front carried out ${act}`, about: ['kb:blue-front'], blame: { agent: 'kb:blue-front', text: 'the Blue Front' } });
    const links = linkClaims([a, b]);
    expect(links).toEqual([expect.objectContaining({ kind: 'contradicts', conflict: 'responsibility' })]);
    expect(links[0]!.reason).toMatch(/Red Hand.*Blue Front|Blue Front.*Red Hand/);
  });

  it('does not set two attributions to the same party, or of different acts, against each other', () => {
    const a = claim({ doc: 'd32', content: act, blame: { agent: 'kb:red-hand', text: 'Red Hand' } });
    const same = claim({ doc: 'd33', content: `Red Hand was behind ${act}`, blame: { agent: 'kb:red-hand', text: 'Red Hand' } });
    const other = claim({ doc: 'd34', content: 'the kidnapping of two engineers', blame: { agent: 'kb:blue-front', text: 'the Blue Front' } });
    expect(linkClaims([a, same, other])).toEqual([]);
  });
});

describe('counts of one kind of thing', () => {
  it('compares troops and fighters, and counts killed people as the dead', () => {
    const a = claim({ doc: 'd40', speakerKey: 'kb:ministry', content: 'nine attackers were killed', quantities: [{ ...q(9, 'attacker'), text: 'nine attackers' }] });
    const b = claim({ doc: 'd40', speakerKey: 'anon:medics', content: 'at least 30 people had been killed', quantities: [{ ...q(null, 'person', 30), text: 'at least 30 people' }] });
    expect(linkClaims([a, b])).toEqual([expect.objectContaining({ kind: 'contradicts', conflict: 'quantity' })]);
    const c = claim({ doc: 'd41', speakerKey: 'kb:army', content: 'sent thousands of troops to the pass', quantities: [q(null, 'troop', 1000, 9999)] });
    const d = claim({ doc: 'd41', speakerKey: 'kb:rebels', content: 'tens of thousands of fighters massed', quantities: [q(null, 'fighter', 10000, 99999)] });
    expect(linkClaims([c, d])).toEqual([expect.objectContaining({ kind: 'contradicts', conflict: 'quantity' })]);
  });

  it('does not let a speaker contradict itself with a total and a part', () => {
    const a = claim({ doc: 'd42', speakerKey: 'kb:general', content: 'the group had grown to 6,500 members', about: ['kb:x'], quantities: [q(6500, 'member')] });
    const b = claim({ doc: 'd42', speakerKey: 'kb:general', content: 'up to 4,000 of the members were near the border', about: ['kb:x'], quantities: [q(null, 'member', null, 4000)] });
    expect(linkClaims([a, b])).toEqual([]);
  });

  it('calls a part "of them" set against the whole a difference of scope', () => {
    const a = claim({ doc: 'd43', speakerKey: 'kb:wire', content: 'the group had grown to 6,500 members', quantities: [{ ...q(6500, 'member'), text: '6,500 members' }] });
    const b = claim({ doc: 'd43', speakerKey: 'kb:general', content: 'up to 4,000 of them were near the border', quantities: [{ ...q(null, 'member', null, 4000), text: 'up to 4,000 of them' }] });
    expect(linkClaims([a, b]).map((l) => l.kind)).toEqual(['scope']);
  });

  it('links only pairs touching the given documents', () => {
    const a = claim({ doc: 'd50', content: 'militants fired rockets across the border into the district', about: ['kb:isis'] });
    const b = claim({ doc: 'd51', stance: 'deny', content: 'no rockets were fired across the border', about: ['kb:isis'] });
    const c = claim({ doc: 'd52', stance: 'deny', content: 'rockets were not fired across the border at all', about: ['kb:isis'] });
    expect(linkClaims([a, b, c], { touched: new Set(['d52']) }).map((l) => l.a)).toEqual([c.id]);
  });

  it('files claims outside the touched documents under the stored keys it is given, as under their own', () => {
    const a = claim({ doc: 'd53', content: 'militants fired 8 rockets across the border into the district', about: ['kb:isis'], quantities: [q(8, 'rocket')], blame: { agent: 'kb:isis', text: 'IS' } });
    const b = claim({ doc: 'd54', stance: 'deny', content: 'no rockets were fired across the border', about: ['kb:isis'] });
    const c = claim({ doc: 'd55', stance: 'deny', content: 'rockets were not fired across the border at all', about: ['kb:isis'] });
    const touched = new Set(['d55']);
    const keysOf = new Map([a, b].map((x) => [x.id, blockingKeys(x).shared]));
    const stored = linkClaims([a, b, c], { touched, keysOf });
    expect(stored.map((l) => [l.a, l.b])).toEqual([[c.id, a.id]]);
    expect(stored).toEqual(linkClaims([a, b, c], { touched }));
    // a key that names no claim of its own finds nothing: the stored keys are what files a claim
    expect(linkClaims([a, b, c], { touched, keysOf: new Map([[a.id, ['kb:nobody\u0000rockets']], [b.id, []]]) })).toEqual([]);
  });
});

describe('assurances', () => {
  it('does not read a promise about the future as a denial of a report', () => {
    const a = claim({ doc: 'd70', content: 'armed groups are active on the territory of the valley near the border', about: ['kb:valley'] });
    const b = claim({ doc: 'd71', stance: 'deny', content: 'no armed group will be allowed to use the territory of the valley against the border', about: ['kb:valley'] });
    expect(linkClaims([a, b])).toEqual([]);
  });
});

describe('retraction by the outlet itself', () => {
  it('links the outlet withdrawing "the statement" to its own earlier version', () => {
    const a = claim({ doc: 'd60', outlet: 'The Valley Post (weekly)', speakerKey: 'anon:an earlier version of this article', speakerText: 'An earlier version of this article', content: 'the dam had been damaged' });
    const b = claim({ doc: 'd60', outlet: 'The Valley Post (weekly)', speakerKey: 'anon:valley post', speakerText: 'Valley Post', stance: 'retract', content: 'the statement' });
    expect(linkClaims([a, b])).toEqual([expect.objectContaining({ kind: 'retracts', conflict: 'retraction', a: b.id, b: a.id })]);
  });
  it('gives the same links, in the same order, whether every document is named touched or none is', () => {
    // a web of claims across three documents that share actors, terms and a number in several blocks at once
    const verbs = ['fired rockets across the border', 'denied firing rockets across the border', 'said 40 rockets hit the border post'];
    const cs = ['d60', 'd61', 'd62'].flatMap((doc, d) =>
      verbs.map((v, k) => claim({ doc, speakerKey: `kb:s${(d + k) % 4}`, stance: k === 1 ? 'deny' : 'assert', content: `militants ${v} near the district`, about: ['kb:isis', k === 2 ? 'kb:army' : 'kb:isis'], quantities: k === 2 ? [q(40, 'rocket')] : [] })),
    );
    const full = linkClaims(cs);
    expect(full.length).toBeGreaterThan(5);
    expect(linkClaims(cs, { touched: new Set(['d60', 'd61', 'd62']) })).toEqual(full);
  });
});
