import { CanonicalEntity, EntityMention, EntityType } from '../entity.types';
import { tokenize } from '../tokenizer/tokenize';
import { aliasApplies, canonicalName, entityId, lookupAlias, normaliseSurface } from './aliases';
import { demonymCountry, isGovernmentPlace } from './places';

/** A mention as found; `type` is the tagger's (or rule's) reading of that span and stays on the mention. */
export interface RawMention extends EntityMention {
  fromModel: boolean;
}

interface Group {
  key: string;
  /** The entity's type: the key's type until the readings of one name are merged. */
  type: EntityType;
  mentions: RawMention[];
  aliasName?: string;
  aliasType?: EntityType;
  /** The place the table names for a nationality word read as MISC ("Saudi" -> Saudi Arabia). */
  derivedPlace?: string;
  fromModel: boolean;
}

/**
 * Groups the mentions of one document into canonical entities, one per real-world thing: alias table
 * first (U.S. = United States), then the readings of one name into one entity (Pyongyang read as a
 * place, a government and a person is the place), then short person names onto the nearest full name
 * (Kim -> Kim Sung-hwan), then "North"/"South" after "the" onto the one North/South place when unambiguous;
 * nationality words link to their country. Each mention keeps its own type. Scores salience from
 * frequency, title and position.
 */
export function groupMentions(text: string, mentions: RawMention[], title?: string): CanonicalEntity[] {
  const groups = new Map<string, Group>();
  const groupOf = (key: string, type: EntityType, fromModel: boolean): Group => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, type, mentions: [], fromModel }));
    return g;
  };
  for (const m of mentions) {
    if (!m.fromModel) {
      groupOf(`${m.type}|${normaliseSurface(m.text)}`, m.type, false).mentions.push(m);
      continue;
    }
    const found = lookupAlias(m.text);
    const alias = found && aliasApplies(found, m.type) ? found : undefined;
    // A nationality word read as MISC ("Saudi officials") links to the place the table names.
    const nationality = m.type === 'MISC' && found?.type === 'LOCATION';
    // Grouped by (type, name) first; the readings of one name are weighed in mergeReadings.
    const type = alias?.type ?? m.type;
    const name = normaliseSurface(alias ? alias.name : canonicalName(m.type, m.text));
    if (!name) continue;
    const g = groupOf(`${type}|${name}`, type, true);
    g.mentions.push(m);
    if (alias) {
      g.aliasName = alias.name;
      g.aliasType ??= alias.type;
    }
    if (nationality) g.derivedPlace ??= found.name;
  }
  mergeReadings(text, groups);
  mergeShortPersonNames(groups);
  addNorthSouth(text, groups);

  const titleKeys = title ? titleKeySet(title) : new Set<string>();
  const out: Array<CanonicalEntity & { _raw: number; _first: number }> = [];
  for (const g of groups.values()) {
    if (g.mentions.length === 0) continue;
    g.mentions.sort((a, b) => a.start - b.start);
    // A nationality word read as MISC points at its country's entity.
    const country = g.fromModel && g.type === 'MISC' ? (g.derivedPlace ?? demonymCountry(nameOf(g.key))) : undefined;
    const type = g.type;
    const name = g.aliasName ?? pickName(type, g.mentions);
    const inTitle = titleKeys.has(normaliseSurface(name)) || g.mentions.some((m) => titleKeys.has(normaliseSurface(m.text)));
    const first = g.mentions[0].start;
    const raw = (g.mentions.length + (inTitle ? 3 : 0) + 1.5 * (1 - first / Math.max(1, text.length))) * (g.fromModel ? 1 : 0.5);
    out.push({
      id: entityId(type, name),
      type,
      name,
      salience: 0,
      inTitle,
      mentions: g.mentions.map(({ start, end, text: t, type: mentionType }) => ({ start, end, text: t, type: mentionType })),
      ...(country ? { derivedFrom: entityId('LOCATION', country) } : {}),
      _raw: raw,
      _first: first,
    });
  }
  const max = out.reduce((a, e) => Math.max(a, e._raw), 0) || 1;
  out.sort((a, b) => b._raw - a._raw || a._first - b._first);
  return out.map(({ _raw, _first, ...e }) => ({ ...e, salience: Math.round((_raw / max) * 1000) / 1000 }));
}

const nameOf = (key: string): string => key.slice(key.indexOf('|') + 1);

/** The fullest surface form (most words, then most frequent, then first). */
function pickName(type: EntityType, ms: RawMention[]): string {
  const freq = new Map<string, number>();
  for (const m of ms) {
    const n = canonicalName(type, m.text);
    freq.set(n, (freq.get(n) ?? 0) + 1);
  }
  let best = '';
  let bestScore = -1;
  for (const [n, c] of freq) {
    const words = n.split(' ').length;
    // Prefer a properly cased form over an all-caps headline form.
    const cased = n !== n.toUpperCase() || n.length <= 4 ? 1 : 0;
    const s = cased * 1e6 + words * 1e3 + c;
    if (s > bestScore) {
      best = n;
      bestScore = s;
    }
  }
  return best === best.toUpperCase() ? titleCaseLongWords(best) : best;
}

/** "WASHINGTON" (headline) -> "Washington"; short all-caps words are acronyms and stay (NATO, IBM). */
function titleCaseLongWords(name: string): string {
  return name.replace(/\p{Lu}{5,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/**
 * One entity per name: the readings the tagger gave one name in an article ((type, name) groups) are
 * merged by a vote over their mentions.
 * - Metonymy: an ORGANIZATION reading of a country or capital ("Pyongyang said", "Washington wants") is
 *   the place standing for its government, so it joins the LOCATION reading (and makes it one, alone).
 * - A reading is a tagging slip, and joins the strongest reading, when the strongest has at least three
 *   times its mentions (a 75% share, as for two readings) — unless evidence vouches for it: a personal
 *   title before a person reading ("coach Washington"); the gazetteer for a place reading of a country or
 *   capital, except when the article names a person with that name as surname or first name
 *   ("MaliVai Washington": a bare Washington is then his, and a lone place reading a slip).
 *   So the player and the city Washington, 2 and 2, or titled, stay two entities. A dateline vouches for
 *   a place reading ("NICE , France 1996-08-30": the place the story was filed from, not the club).
 * Nationality words are not retyped here: the tagger's MISC reading links to its country on output.
 */
const SLIP_RATIO = 3;

function mergeReadings(text: string, groups: Map<string, Group>): void {
  const byName = new Map<string, Group[]>();
  const personNameParts = new Set<string>();
  for (const g of groups.values()) {
    if (!g.fromModel || !g.mentions.length) continue;
    const n = nameOf(g.key);
    const list = byName.get(n);
    if (list) list.push(g);
    else byName.set(n, [g]);
    if (g.type === 'PERSON' && n.includes(' ')) {
      const parts = n.split(' ');
      personNameParts.add(parts[0]).add(parts[parts.length - 1]);
    }
  }
  for (const [name, list] of byName) {
    const knownPlace = isGovernmentPlace(name);
    if (knownPlace) foldGovernmentIntoPlace(list);
    const readings = list.filter((g) => g.mentions.length);
    if (readings.length < 2) continue;
    const top = readings.reduce((a, g) => (g.mentions.length > a.mentions.length ? g : a));
    for (const g of readings) {
      if (g === top || top.mentions.length < SLIP_RATIO * g.mentions.length) continue;
      const vouched =
        g.type === 'PERSON'
          ? g.mentions.some((m) => hasPersonalTitle(text, m.start))
          : g.type === 'LOCATION' && ((knownPlace && !personNameParts.has(name)) || g.mentions.some((m) => isDateline(text, m)));
      if (!vouched) moveInto(top, g);
    }
  }
}

/** Metonymy: the ORGANIZATION reading of a country or capital joins its LOCATION reading, or becomes it. */
function foldGovernmentIntoPlace(list: Group[]): void {
  const government = list.find((g) => g.type === 'ORGANIZATION');
  if (!government) return;
  const place = list.find((g) => g.type === 'LOCATION');
  if (place) moveInto(place, government);
  else government.type = 'LOCATION';
}

function moveInto(target: Group, g: Group): void {
  target.mentions.push(...g.mentions);
  target.aliasName ??= g.aliasName;
  g.mentions = [];
}

const PERSONAL_TITLE =
  /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Gen|Gov|Sen|Rep|Col|Capt|Lt|Sgt|President|Premier|Minister|Senator|Governor|General|Judge|Justice|Pope|King|Queen|Prince|Princess|[Cc]oach|[Ss]triker|[Mm]idfielder|[Dd]efender|[Gg]oalkeeper|[Qq]uarterback|[Pp]itcher|[Cc]aptain)\.?\s+$/;

// What follows the place of a dateline: a region, then the date, or the agency and a dash ("NICE , France
// 1996-08-30", "BERLIN, Aug 28 -", "WASHINGTON (Reuters) -"). A bare dash is left out: "Nice - Lyon" is a fixture.
const DATELINE_TAIL =
  /^(?:[ \t]*,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?)?[ \t]*,?[ \t]*(?:\d{4}-\d{2}-\d{2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d|\([^()\n]{1,30}\)[ \t]*[-–—])/u;

/** The mention opens a line as the place a story was filed from: there the name is the place. */
function isDateline(text: string, m: RawMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  return m.start - lineStart <= 4 && /^[ \t]*$/.test(text.slice(lineStart, m.start)) && DATELINE_TAIL.test(text.slice(m.end, m.end + 60));
}

/** A personal title right before the mention ("Mr. Washington", "coach Washington"). */
function hasPersonalTitle(text: string, start: number): boolean {
  return PERSONAL_TITLE.test(text.slice(Math.max(0, start - 16), start));
}

function mergeShortPersonNames(groups: Map<string, Group>): void {
  // Full person names indexed by their first and last word, so each short name finds its candidates in O(1).
  const byPart = new Map<string, Group[]>();
  const firsts = new Map<Group, number>();
  for (const g of groups.values()) {
    if (!g.mentions.length || !g.key.startsWith('PERSON|') || !nameOf(g.key).includes(' ')) continue;
    const parts = nameOf(g.key).split(' ');
    for (const p of new Set([parts[0], parts[parts.length - 1]])) {
      const list = byPart.get(p);
      if (list) list.push(g);
      else byPart.set(p, [g]);
    }
    firsts.set(
      g,
      g.mentions.reduce((a, m) => Math.min(a, m.start), Infinity),
    );
  }
  if (!byPart.size) return;
  for (const g of [...groups.values()]) {
    if (!g.key.startsWith('PERSON|') || nameOf(g.key).includes(' ') || !g.mentions.length) continue;
    const cands = byPart.get(nameOf(g.key));
    if (!cands) continue;
    const firstOf = (f: Group): number => firsts.get(f) ?? 0;
    for (const m of g.mentions) {
      // The nearest full name introduced before this mention, else the first one after it.
      let target: Group | undefined;
      let bestStart = -1;
      for (const f of cands) {
        const s = firstOf(f);
        if (s <= m.start && s > bestStart) {
          target = f;
          bestStart = s;
        }
      }
      if (!target) target = cands.reduce((a, b) => (firstOf(a) <= firstOf(b) ? a : b));
      target.mentions.push(m);
    }
    g.mentions = [];
  }
}

const NORTH_SOUTH = /\bthe (North|South)\b(?![ \t]+[A-Z])(?!['’]s? [A-Z])/g;

function addNorthSouth(text: string, groups: Map<string, Group>): void {
  const places = [...groups.values()].filter((g) => g.mentions.length && g.type === 'LOCATION');
  for (const dir of ['North', 'South']) {
    const cands = places.filter((g) => (g.aliasName ?? pickName('LOCATION', g.mentions)).startsWith(dir + ' '));
    if (cands.length !== 1) continue;
    const target = cands[0];
    // A bare "North" the model tagged is the same place.
    const bare = places.find((g) => nameOf(g.key) === dir.toLowerCase());
    if (bare && bare !== target) {
      target.mentions.push(...bare.mentions);
      bare.mentions = [];
    }
    const found: RawMention[] = [];
    for (const m of text.matchAll(NORTH_SOUTH)) {
      if (m[1] !== dir) continue;
      // The name is "North", as CoNLL marks it: "the" is no more part of it than of "the United States".
      const start = (m.index ?? 0) + m[0].length - dir.length;
      found.push({ start, end: start + dir.length, text: dir, type: 'LOCATION', fromModel: true });
    }
    if (!found.length) continue;
    // Other entities' spans, sorted, so each candidate checks overlap by binary search (linear overall).
    const others: Array<[number, number]> = [];
    for (const g of groups.values()) if (g !== target) for (const x of g.mentions) others.push([x.start, x.end]);
    others.sort((a, b) => a[0] - b[0]);
    const overlapsOther = (s: number, e: number): boolean => {
      let lo = 0;
      let hi = others.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (others[mid][0] < e) lo = mid + 1;
        else hi = mid;
      }
      // Spans are disjoint, so only the last one starting before e can overlap.
      return lo > 0 && others[lo - 1][1] > s;
    };
    // A "North" the target holds already (the tagger's, moved over above) is not added twice.
    const held = new Set(target.mentions.map((x) => x.start));
    const add = found.filter((f) => !held.has(f.start) && !overlapsOther(f.start, f.end));
    if (add.length) target.mentions = target.mentions.concat(add);
  }
}

/** Normalised n-grams of the title (and their alias targets) for inTitle. */
function titleKeySet(title: string): Set<string> {
  const toks = tokenize(title);
  const keys = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    for (let j = i; j < toks.length && j < i + 6; j++) {
      const s = title.slice(toks[i].start, toks[j].end);
      keys.add(normaliseSurface(s));
      const a = lookupAlias(s);
      if (a) keys.add(normaliseSurface(a.name));
    }
  }
  return keys;
}
