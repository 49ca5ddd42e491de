/**
 * ActorIndex over validated knowledge-base actors: alias lookup by normalised name,
 * outlet lookup by web domain and by name, scored resolution of any spelling.
 * @example buildActorIndex(actors).match('Khalimov')[0]?.actor.id // 'gulmurod-halimov'
 */
import type { ActorIndex, KbActor } from '../core/actor.js';
import { normaliseName } from './normalise.js';
import { resolveName } from './resolve.js';
import { caseAllows, surfaceForms } from './surface-forms.js';

export { caseAllows, isCaseSensitiveAlias, surfaceForms } from './surface-forms.js';

interface AliasEntry {
  actor: KbActor;
  weak: boolean;
  /** the alias as written, for the case rule */
  written: string;
}

/** Builds the index; assumes ids are unique (the loader checks). */
export function buildActorIndex(actors: readonly KbActor[]): ActorIndex {
  const byId = new Map<string, KbActor>();
  const byKey = new Map<string, AliasEntry[]>();
  const byDomain = new Map<string, KbActor>();
  let maxAliasTokens = 1;
  for (const actor of actors) {
    byId.set(actor.id, actor);
    for (const form of surfaceForms(actor)) {
      const key = normaliseName(form.name);
      if (!key) continue;
      maxAliasTokens = Math.max(maxAliasTokens, form.name.split(/[\s\-\u2010-\u2015]+/u).length);
      const list = byKey.get(key) ?? [];
      // The same actor under two spellings keeps its strongest entry.
      let prev = false;
      for (let i = list.length - 1; i >= 0 && list[i]!.actor === actor; i--) prev ||= list[i]!.written === form.name;
      if (!prev) list.push({ actor, weak: form.weak, written: form.name });
      byKey.set(key, list);
    }
    for (const d of actor.outlet?.domains ?? []) byDomain.set(d.toLowerCase().replace(/^www\./, ''), actor);
  }
  const index: ActorIndex = {
    get: (id) => byId.get(id),
    match(surface) {
      const list = byKey.get(normaliseName(surface)) ?? [];
      const seen = new Map<KbActor, boolean>();
      for (const e of list) {
        if (!caseAllows(e.written, surface)) continue;
        seen.set(e.actor, (seen.get(e.actor) ?? true) && e.weak);
      }
      // strong aliases first, so callers taking the first candidate never prefer a weak one
      return [...seen].map(([actor, weak]) => ({ actor, weak })).sort((x, y) => Number(x.weak) - Number(y.weak));
    },
    maxAliasTokens,
    outletByDomain(host) {
      let h = host.toLowerCase().replace(/\.$/, '');
      for (;;) {
        const hit = byDomain.get(h);
        if (hit) return hit;
        const dot = h.indexOf('.');
        if (dot < 0 || h.indexOf('.', dot + 1) < 0) return undefined; // stop at the registrable two-label name
        h = h.slice(dot + 1);
      }
    },
    outletByName(name) {
      return this.match(name).find((m) => m.actor.outlet !== undefined)?.actor;
    },
    all: () => actors,
    resolve: (name, opts) => resolveName(index, name, opts),
  };
  return index;
}
