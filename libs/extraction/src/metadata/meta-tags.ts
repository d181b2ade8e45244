import { decodeEntities } from '../normalise/normalise-text';

/** <meta> values by lower-cased name/property/itemprop, first occurrence first. */
export type MetaMap = Map<string, string[]>;

export function indexMetas(metas: Array<Record<string, string>>): MetaMap {
  const map: MetaMap = new Map();
  for (const m of metas) {
    const content = m.content ?? m.value;
    if (content === undefined) continue;
    // Some CMSes escape twice ("&amp;amp;"): the parser undid one level, undo the other.
    const value = decodeEntities(content).trim();
    if (!value) continue;
    for (const key of [m.property, m.name, m.itemprop, m['http-equiv']]) {
      if (!key) continue;
      const k = key.trim().toLowerCase();
      const list = map.get(k);
      if (list) list.push(value);
      else map.set(k, [value]);
    }
  }
  return map;
}

/** The first value found under any of the keys, in the keys' order of preference. */
export function firstMeta(map: MetaMap, keys: string[]): string | null {
  for (const k of keys) {
    const v = map.get(k);
    if (v && v.length) return v[0];
  }
  return null;
}

export function allMeta(map: MetaMap, keys: string[]): string[] {
  const out: string[] = [];
  for (const k of keys) out.push(...(map.get(k) ?? []));
  return out;
}
