/**
 * Role mentions ("the Tajik leader", "Taliban spokesman", "Russia's defence minister") resolved to the
 * person holding a matching knowledge-base role at a date.
 * @example roleHolders(kb, table, roleTable(kb.all()), 'tajik leader', '2020-01-01') // [{ actor: emomali-rahmon, role }]
 */
import type { ActorIndex, KbActor } from '../core/actor.js';
import type { NameTable } from './name-table.js';
import { foldKey } from './normalise.js';

type Role = KbActor['roles'][number];

/** Role words → what a matching title must contain (all of `need`, none of `not`). Data, not branches. */
const ROLE_WORDS: { words: string[]; need: RegExp[]; not?: RegExp }[] = [
  { words: ['leader', 'president', 'head of state', 'ruler', 'emir', 'supreme leader', 'strongman'], need: [/\b(president|leader|emir|head of state|caliph)\b/], not: /\b(vice|deputy|prime|chief of|office|executive|administration|adviser|aide)\b/ },
  { words: ['prime minister', 'premier', 'head of government'], need: [/\bprime minister\b/], not: /\b(deputy|vice)\b/ },
  { words: ['foreign minister', 'foreign affairs minister', 'foreign affairs chief', 'top diplomat', 'minister of foreign affairs', 'fm'], need: [/\bforeign\b/, /\bminister\b/], not: /\bdeputy\b/ },
  { words: ['defence minister', 'defense minister', 'defence chief', 'defense chief', 'minister of defence', 'minister of defense'], need: [/\b(defence|defense)\b/, /\bminister\b/], not: /\bdeputy\b/ },
  { words: ['interior minister', 'minister of interior', 'minister of internal affairs', 'internal affairs minister'], need: [/\b(interior|internal affairs)\b/, /\bminister\b/], not: /\bdeputy\b/ },
  { words: ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen'], need: [/\bspokes/] },
  { words: ['security chief', 'spy chief', 'intelligence chief', 'security service chief'], need: [/\b(national security|intelligence|security service)\b/, /\b(chairman|director|head)\b/] },
  { words: ['mayor'], need: [/\bmayor\b/] },
];

/** Adjectives that name a country in role phrases; keys are normalised, values actor ids. */
const DEMONYMS: Record<string, string> = {
  tajik: 'tajikistan', afghan: 'afghanistan', uzbek: 'uzbekistan', kyrgyz: 'kyrgyzstan', kazakh: 'kazakhstan', kazakhstani: 'kazakhstan',
  turkmen: 'turkmenistan', russian: 'russia', chinese: 'china', pakistani: 'pakistan',
  iranian: 'iran', american: 'united-states', us: 'united-states', british: 'united-kingdom', uk: 'united-kingdom',
  turkish: 'turkey', syrian: 'syria', iraqi: 'iraq', indian: 'india', qatari: 'qatar', kremlin: 'russia',
};

/** Whether a role is held at `date` (YYYY, YYYY-MM or YYYY-MM-DD); open ends count as held. */
export function roleActive(r: Pick<Role, 'from' | 'to'>, date: string): boolean {
  if (r.from && date.slice(0, r.from.length) < r.from) return false;
  if (r.to && date.slice(0, r.to.length) > r.to) return false;
  return true;
}

// phrases arrive as folded keys ("foreign afairs chief"), so the tables are folded the same way
const ROLE_BY_WORDS = new Map(ROLE_WORDS.flatMap((k) => k.words.map((w) => [foldKey(w), k] as const)));
const DEMONYM_BY_KEY = new Map(Object.entries(DEMONYMS).map(([k, v]) => [foldKey(k), v] as const));

function roleKind(words: string): (typeof ROLE_WORDS)[number] | undefined {
  return ROLE_BY_WORDS.get(words);
}

/** Role holders and each country's own bodies, gathered once so a role phrase costs no full scan. */
export interface RoleTable {
  roles: { actor: KbActor; role: Role }[];
  /** country code → ids of that country's state bodies (its government, ministries, services) */
  bodies: Map<string, string[]>;
}

export function roleTable(actors: readonly KbActor[]): RoleTable {
  const roles: RoleTable['roles'] = [];
  const bodies = new Map<string, string[]>();
  for (const a of actors) {
    if (a.type === 'PERSON') for (const role of a.roles) if (role.of) roles.push({ actor: a, role });
    // a state body is part of something (ministry of a government); parties and movements are not
    if (a.type !== 'ORG' || !a.country || a.outlet) continue;
    for (const f of a.affiliations) if (f.rel === 'part-of') bodies.set(a.country, [...(bodies.get(a.country) ?? []), a.id, f.target]);
  }
  return { roles, bodies };
}

/** The owner named by a role phrase's qualifier: a demonym, or any actor's exact name (Taliban, CSTO, Russia). */
function ownerIds(kb: ActorIndex, table: NameTable, rt: RoleTable, words: string): Set<string> {
  const ids = new Set<string>();
  const dem = DEMONYM_BY_KEY.get(words);
  if (dem) ids.add(dem);
  for (const e of table.folded.get(words) ?? []) if (!e.weak && e.actor.type !== 'PERSON' && e.actor.type !== 'NORP') ids.add(e.actor.id);
  // a country's own bodies (its government, ministries) hold roles "of" it too
  for (const id of [...ids]) {
    const c = kb.get(id);
    if (c?.type === 'GPE' && c.country && c.kind === 'country') for (const b of rt.bodies.get(c.country) ?? []) ids.add(b);
  }
  return ids;
}

/** Splits "tajik leader" / "leader of tajikistan" into [owner words, role words]; null when no role word fits. */
export function splitRolePhrase(key: string): [string, string] | null {
  const words = key.replace(/^the /, '').split(' ');
  for (let cut = 1; cut < words.length; cut++) {
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(cut).join(' ');
    if (roleKind(tail)) return [head, tail]; // "tajik leader", "taliban spokesman"
    if (roleKind(head) && words[cut] === 'of') return [words.slice(cut + 1).join(' '), head]; // "president of tajikistan"
  }
  return null;
}

/** People holding a role that fits the phrase at the date; several when the phrase is ambiguous. */
export function roleHolders(kb: ActorIndex, table: NameTable, rt: RoleTable, key: string, date: string): { actor: KbActor; role: Role }[] {
  const split = splitRolePhrase(key);
  if (!split) return [];
  const kind = roleKind(split[1])!;
  const owners = ownerIds(kb, table, rt, split[0]);
  if (owners.size === 0) return [];
  const out = new Map<KbActor, Role>();
  for (const { actor, role } of rt.roles) {
    const t = role.title.toLowerCase();
    const fits = owners.has(role.of!) && kind.need.every((re) => re.test(t)) && !(kind.not?.test(t) ?? false) && roleActive(role, date);
    if (fits && !out.has(actor)) out.set(actor, role);
  }
  return [...out].map(([actor, role]) => ({ actor, role }));
}
