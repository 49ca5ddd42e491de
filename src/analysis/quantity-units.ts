/**
 * Which counted units measure the same thing. Words for armed people all count combatants; "nationals" and
 * "civilians" are narrower counts of people. Per-unit behaviour is data here, not branches in the linker.
 */

/** unit lemma → class it counts */
const CLASS_OF: Record<string, string> = {};
/** class → the broader class it is a part of */
const PARENT: Record<string, string> = { combatant: 'person', national: 'person', civilian: 'person', dead: 'casualty', wounded: 'casualty' };

const CLASSES: Record<string, string[]> = {
  combatant: ['troop', 'fighter', 'soldier', 'militant', 'insurgent', 'combatant', 'guerrilla', 'jihadist', 'terrorist', 'gunman', 'rebel', 'mercenary', 'serviceman', 'conscript', 'paramilitary', 'extremist'],
  person: ['person', 'individual', 'man', 'woman', 'resident', 'inhabitant'],
  national: ['national', 'citizen', 'native', 'migrant', 'emigrant'],
  civilian: ['civilian', 'child', 'noncombatant'],
  dead: ['dead', 'death', 'fatality', 'body'],
  wounded: ['wounded', 'injured'],
  casualty: ['casualty', 'victim'],
};

/** What a count turns into when its sentence says the counted were killed or wounded: "eight members … were killed". */
export const OUTCOME_CLASS: Record<string, string> = {
  killed: 'dead', dead: 'dead', died: 'dead', wounded: 'wounded', injured: 'wounded',
};
for (const [cls, units] of Object.entries(CLASSES)) for (const u of units) CLASS_OF[u] = cls;

/** The class a unit counts (itself when unlisted). */
export function unitClass(unit: string): string {
  return CLASS_OF[unit] ?? unit;
}

function ancestors(cls: string): string[] {
  const out: string[] = [];
  for (let c = PARENT[cls]; c; c = PARENT[c]) out.push(c);
  return out;
}

/**
 * How two units relate: 'same' (comparable counts), 'nested' (one counts a part of the other: a difference of
 * scope), or 'unrelated' (fighters and nationals are both people, but neither count contains the other).
 * @example compareUnits('troop', 'fighter') → 'same'; compareUnits('national', 'person') → 'nested'
 */
export function compareUnits(a: string, b: string): 'same' | 'nested' | 'unrelated' {
  const [ca, cb] = [unitClass(a), unitClass(b)];
  if (ca === cb) return 'same';
  return ancestors(ca).includes(cb) || ancestors(cb).includes(ca) ? 'nested' : 'unrelated';
}
