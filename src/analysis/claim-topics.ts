/**
 * Topic terms of a claim: its content words, crudely lemmatised and folded through a small table of equivalent
 * predicates, so that "detained" meets "arrested" and "disappearance" meets "disappeared". Two claims speak of the
 * same thing when they share an actor and enough of these terms.
 */

const STOP = new Set(
  'that this with from have been were they their there which would about after before into over only also than then them these those will what when where while more most some such said says told according other being could should because against between under'.split(' '),
);

/** Words that place a statement in time; two claims sharing "late" or "May" do not share a topic. */
const TIME_WORDS = new Set(
  'late early mid-may january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday week month year today yesterday earlier later recently recent ago last next time'.split(' '),
);

/** Predicates that say the same thing in other words, folded to one term (after stemming). */
const EQUIVALENT: Record<string, string> = {
  detain: 'arrest', detention: 'arrest', captur: 'arrest', apprehend: 'arrest', seiz: 'arrest',
  died: 'kill', dies: 'kill', dead: 'kill', death: 'kill', slain: 'kill', fatal: 'kill',
  vanish: 'disappear',
  assault: 'attack', strik: 'attack', raid: 'attack',
};

/**
 * A crude English stemmer: enough to meet "arrested" with "arrest", "rockets" with "rocket", "fired" with "fire" and
 * "disappearance" with "disappeared". Final e is dropped so that the base and inflected forms agree.
 */
export function stem(w: string): string {
  let x = w.replace(/['’]s?$/, '');
  if (x.length > 4 && x.endsWith('ies')) x = `${x.slice(0, -3)}y`;
  else if (/(?:s|x|z|ch|sh)es$/.test(x)) x = x.slice(0, -2);
  else if (/[^su']s$/.test(x)) x = x.slice(0, -1);
  if (x.length > 7 && /(?:ance|ence|ment)$/.test(x)) x = x.slice(0, -4);
  else if (x.length > 5 && x.endsWith('ing')) x = x.slice(0, -3);
  else if (x.length > 4 && x.endsWith('ed')) x = x.slice(0, -2);
  if (x.length > 3 && x.endsWith('e')) x = x.slice(0, -1);
  return EQUIVALENT[x] ?? x;
}

/** Content words of a claim, stemmed and folded; used to decide whether two claims speak of the same thing. */
export function contentTerms(content: string): Set<string> {
  const out = new Set<string>();
  for (const w of content.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]{3,}/gu) ?? []) {
    if (STOP.has(w) || TIME_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const n = overlap(a, b);
  return n / (a.size + b.size - n || 1);
}
