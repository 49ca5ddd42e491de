/** An actor's surface forms and the case rule for short acronym aliases; shared by the index and the name tables. */
import type { KbActor } from '../core/actor.js';

/** Short all-capital aliases (IS, US, UN) are acronyms that collide with words, so they match only in capitals. */
export function isCaseSensitiveAlias(written: string): boolean {
  const letters = written.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** True when the surface satisfies the alias's case rule. */
export function caseAllows(written: string, surface: string): boolean {
  if (!isCaseSensitiveAlias(written)) return true;
  return surface.replace(/[^\p{L}]/gu, '') === written.replace(/[^\p{L}]/gu, '');
}

/** Every surface form of an actor: its name (strong) and its aliases. */
export function surfaceForms(a: KbActor): { name: string; weak: boolean }[] {
  return [{ name: a.name, weak: false }, ...a.aliases.map((al) => ({ name: al.name, weak: al.weak === true }))];
}
