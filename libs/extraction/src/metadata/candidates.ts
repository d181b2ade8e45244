// Candidates for title, authors and publication date, each described by features for the choice
// model (choice-model.ts). The rules that used to pick are generators here: every source proposes,
// and the features say which source, how many agree, and what the value looks like.
import { Candidate } from './choice-model';
import { foldSpaces, normaliseInline } from '../normalise/normalise-text';
import { looksLikeSite, stripSiteName, titleSegments } from './title';
import { completes } from './authors';
import { isAgencyCredit } from './news-agencies';
import { inZone, pageZone, UTC_INSTANT } from './page-zone';

/** A proposal from one named source. */
export interface Proposal<T> {
  source: string;
  value: T;
}

/** The scorer's folding: NFC, whitespace collapsed, case folded. */
export const foldValue = (s: string) => foldSpaces(s.normalize('NFC')).trim().toLowerCase();

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n > edges[i]) i++;
  return i === edges.length ? `>${edges[i - 1]}` : `<=${edges[i]}`;
};

/** Proposals with the same key to one candidate carrying every source that proposed it. */
function pool<T>(proposals: Array<Proposal<T> & { key: string }>): Array<{ key: string; value: T; sources: string[] }> {
  const byKey = new Map<string, { key: string; value: T; sources: string[] }>();
  for (const p of proposals) {
    if (!p.key) continue;
    const c = byKey.get(p.key);
    if (c) {
      if (!c.sources.includes(p.source)) c.sources.push(p.source);
    } else byKey.set(p.key, { key: p.key, value: p.value, sources: [p.source] });
  }
  return [...byKey.values()];
}

/** Each source, each pair of sources that agree (so agreement of two weak ones can outweigh one strong), and their count. */
function sourceFeatures(sources: string[]): string[] {
  const sorted = [...sources].sort();
  const pairs = sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => `pair:${a}+${b}`));
  return [...sources.map((s) => `src:${s}`), ...pairs, `sources:${bucket(sources.length, [1, 2, 3])}`];
}

// ---- titles ----

export interface TitleContext {
  siteName: string | null;
  host: string | null;
  /** The document <title> and og:title, raw: what a headline is compared with. */
  documentTitles: string[];
  h1Count: number;
}

const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Which text of the page a title source reads: structured data, a meta tag, <title>, a heading. */
const titleOrigin = (source: string) =>
  source.startsWith('json-ld') ? 'json-ld' : /^(?:twitter|meta)-title$/.test(source) ? 'og' : source.replace(/-.*$/, '');

/** Typographic quotes as plain ones. */
const plainQuotes = (s: string) => s.replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"');
/** A title as its readings are compared: the scorer's folding, with typographic quotes as plain ones. */
const titleKey = (s: string) => foldValue(plainQuotes(s));

/**
 * Title proposals (raw texts) to candidates. Readings that differ only in their quotes are one
 * candidate (a page's og:title often writes "Here's" where its headline prints "Here’s"), written with
 * the typographic quotes the page prints: labels write them so in 77 of the 113 labelled titles that
 * hold a quote.
 */
export function titleCandidates(proposals: Array<Proposal<string | null>>, ctx: TitleContext): Candidate<string>[] {
  const clean = proposals
    .map((p) => ({ source: p.source, value: p.value ? normaliseInline(p.value) : '' }))
    .filter((p) => p.value.length >= 2 && p.value.length <= 400)
    .map((p) => ({ ...p, key: titleKey(p.value) }));
  const typographic = new Map(clean.filter((p) => plainQuotes(p.value) !== p.value).map((p) => [p.key, p.value]));
  const docs = ctx.documentTitles.map(titleKey).filter(Boolean);
  const docWords = new Set(docs.flatMap(wordsOf));
  return pool(clean).map((pooled) => {
    const value = typographic.get(pooled.key) ?? pooled.value;
    const c = { ...pooled, value };
    const f = sourceFeatures(c.sources);
    const words = wordsOf(c.value);
    f.push(`words:${bucket(words.length, [1, 2, 4, 8, 14, 20])}`);
    // Agreement counted by where the text comes from, not by how many readings of one text proposed it.
    const origins = new Set(c.sources.map(titleOrigin));
    f.push(`origins:${bucket(origins.size, [1, 2, 3, 4])}`);
    if (looksLikeSite(c.value, ctx.siteName, ctx.host)) f.push('looks-like-site');
    if (stripSiteName(c.value, ctx.siteName, ctx.host) !== c.value) f.push('carries-site');
    if (titleSegments(c.value).length > 1) f.push('has-separator');
    if (/[([{]/.test(c.value) && !/[)\]}]/.test(c.value)) f.push('open-bracket');
    if (/:\s/.test(c.value)) f.push('has-colon');
    if (c.value === c.value.toUpperCase() && /\p{Lu}/u.test(c.value)) f.push('all-caps');
    if (docs.some((d) => d === c.key)) f.push('equals-document-title');
    else if (docs.some((d) => d.startsWith(c.key))) f.push('starts-document-title');
    else if (docs.some((d) => d.includes(c.key))) f.push('inside-document-title');
    else if (docs.some((d) => c.key.includes(d))) f.push('holds-document-title');
    const shared = words.length ? words.filter((w) => docWords.has(w)).length / words.length : 0;
    f.push(`document-words:${bucket(shared, [0, 0.5, 0.8, 0.99])}`);
    // A heading sharing no word with <title> and og:title is likely a section's or the site's name.
    const fromHeadingsOnly = c.sources.every((s) => /^(?:h1|h2|story-h1)/.test(s));
    if (fromHeadingsOnly && docs.length) f.push(`heading-only&document-words:${bucket(shared, [0, 0.5, 0.99])}`);
    if (ctx.h1Count > 1) f.push(...c.sources.filter((s) => s.startsWith('h1')).map((s) => `src:${s}&several-h1`));
    return { value: c.value, key: foldValue(c.value), features: f };
  });
}

// ---- authors ----

export interface AuthorContext {
  isPrinted: (name: string) => boolean;
  /** Whether one short block of the page prints all the names (a shared byline). */
  printedTogether: (names: string[]) => boolean;
  publisher: string | null;
  host: string | null;
  isArticle: boolean;
  dated: boolean;
}

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// Words that are not names when they stand alone in a credit: days, calendar and page words.
const NOT_NAME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|publiziert|veröffentlicht|published|posted|updated|aktualisiert|am|on|news|home|redaktion|staff|team|desk|uhr)$/i;

/**
 * How a candidate's names relate to other sources' readings of the same credit: a name with words more
 * ("Zach Johnson Dec" beside "Zach Johnson") has picked up the text around it; one glued to the next word
 * ("Evan HalperStaff Writer") too; a name with words fewer may have lost some.
 */
export function readingFeatures(names: string[], otherNames: string[]): string[] {
  const f: string[] = [];
  if (names.some((n) => otherNames.some((o) => o !== n && n.startsWith(`${o} `)))) f.push('extends-other-reading');
  if (names.some((n) => otherNames.some((o) => o !== n && o.startsWith(`${n} `)))) f.push('shortens-other-reading');
  if (names.some((n) => otherNames.some((o) => n.startsWith(o) && n.length > o.length && n[o.length] !== ' '))) f.push('glued-to-other-reading');
  return f;
}

/**
 * How a candidate's set of names relates to other sources' sets: holding all of another's names and more
 * (a shared byline beside the first writer's link), or being part of a larger set.
 */
export function setFeatures(keys: string[], others: string[][]): string[] {
  const f: string[] = [];
  const has = (set: string[], names: string[]) => names.every((n) => set.includes(n));
  if (others.some((o) => o.length < keys.length && has(keys, o))) f.push(`covers-other-set&names:${bucket(keys.length, [1, 2, 3])}`);
  if (others.some((o) => o.length > keys.length && has(o, keys))) f.push('part-of-other-set');
  return f;
}

/**
 * A name that is another source's reading of two words or more with words more ("Lars Sobiraj Lesezeit",
 * "Joe Davidson Washington Post", "Jane Doe 5 Mayo") has picked up the text after the byline: read as that
 * name, so the two sources agree. (On folds 0-2, such a longer reading was never the label; the shorter was,
 * 9 of 10 times.) A one-word reading ("Henry") is a handle or a first name, and does not cut a full name.
 */
export function withoutPickedUpWords(name: string, otherNames: string[]): string {
  const key = foldValue(name);
  let best: string | null = null;
  for (const o of otherNames) {
    const ok = foldValue(o);
    if (ok.includes(' ') && key.startsWith(`${ok} `) && (!best || o.length > best.length)) best = o;
  }
  return best ?? name;
}

/** Author proposals (each a source's list of names) to candidate name sets, plus "no author". */
export function authorCandidates(proposals: Array<Proposal<string[]>>, ctx: AuthorContext): Candidate<string[]>[] {
  const allNames = proposals.flatMap((p) => p.value);
  const complete = (n: string) => (n.includes(' ') ? n : (allNames.find((o) => completes(n, o)) ?? n));
  const sets = proposals
    .filter((p) => p.value.length)
    .map((p) => {
      const others = proposals.filter((o) => o !== p).flatMap((o) => o.value);
      const names = [
        ...new Map(
          p.value
            .map(complete)
            .map((n) => withoutPickedUpWords(n, others))
            .map((n) => [foldValue(n), n] as const),
        ).values(),
      ];
      return { source: p.source, value: names, key: names.map(foldValue).sort().join('\n') };
    });
  const hostWord =
    ctx.host
      ?.replace(/^www\./, '')
      .split('.')[0]
      .toLowerCase() ?? '';
  const publisher = ctx.publisher ? foldValue(ctx.publisher) : '';
  const candidates: Candidate<string[]>[] = pool(sets).map((c) => {
    const f = sourceFeatures(c.sources);
    const names = c.value;
    const printed = names.filter(ctx.isPrinted).length;
    f.push(printed === names.length ? 'printed:all' : printed ? 'printed:some' : 'printed:none');
    f.push(...c.sources.map((s) => `src:${s}&${printed === names.length ? 'printed' : 'unprinted'}`));
    f.push(`names:${bucket(names.length, [1, 2, 3])}`);
    if (names.length > 1) f.push(ctx.printedTogether(names) ? 'printed-together' : 'printed-apart');
    const keys = names.map(foldValue);
    const agreeing = sets.filter((s) => !c.sources.includes(s.source) && s.value.some((n) => keys.includes(foldValue(n)))).length;
    f.push(`agreeing-sources:${bucket(agreeing, [0, 1, 2])}`);
    if (names.some((n) => !n.includes(' '))) f.push('one-word-name');
    if (names.some((n) => /^\p{Ll}/u.test(n))) f.push('lower-case-name');
    if (names.some((n) => n.split(' ').length > 3)) f.push('long-name');
    if (names.some((n) => n === n.toUpperCase() && /\p{Lu}{2}/u.test(n))) f.push('all-caps-name');
    if (names.some((n) => n.split(/\s+/).some((w) => NOT_NAME_WORD.test(w)))) f.push('non-name-word');
    if (names.some(isAgencyCredit)) f.push('agency');
    if (
      names.some(
        (n) => (publisher && (foldValue(n) === publisher || publisher.includes(foldValue(n)))) || (hostWord.length >= 4 && compact(n).includes(hostWord)),
      )
    )
      f.push('names-site');
    if (publisher && names.some((n) => foldValue(n) === publisher)) f.push('is-site-name');
    if (ctx.isArticle) f.push('article-page');
    f.push(
      ...readingFeatures(
        keys,
        sets.filter((s) => !c.sources.includes(s.source)).flatMap((s) => s.value.map(foldValue)),
      ),
    );
    f.push(
      ...setFeatures(
        keys,
        sets.filter((s) => s.key !== c.key).map((s) => s.value.map(foldValue)),
      ),
    );
    return { value: names, key: c.key, features: f };
  });
  const none = [
    'none',
    ctx.isArticle ? 'none&article' : 'none&not-article',
    ctx.dated ? 'none&dated' : 'none&undated',
    `none&candidates:${bucket(candidates.length, [0, 1, 2, 3])}`,
  ];
  if (!candidates.some((c) => c.features.includes('printed:all'))) none.push('none&nothing-printed');
  return [...candidates, { value: [], key: '', features: none }];
}

// ---- dates ----

export interface DateContext {
  urlDate: string | null;
  isArticle: boolean;
  isProduct: boolean;
}

// Sources that only markup carries (structured data, meta tags, attributes, the URL): a date the page
// never prints may be a CMS default, a re-index or a template's date, not the publication's.
const MARKUP_ONLY_SOURCE = /^(?:json-ld|meta-|itemprop|url|image-url|data-date)/;
/** Whether a source is text the page shows: <time>s, date elements and dates read from its lines. */
const isPrintedSource = (source: string) => !MARKUP_ONLY_SOURCE.test(source.split('~')[0]);

const DAY_MS = 86_400_000;
const shiftDay = (day: string, days: number) => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Date proposals (ISO dates or instants) to candidate days, plus "no date". An instant in UTC is read in
 * the page's own zone where its dates tell it (page-zone.ts); elsewhere it may fall on the publisher's
 * previous or next calendar day: that neighbouring day is proposed too, with features saying so, and
 * other sources (a printed date) decide.
 */
export function dateCandidates(proposals: Array<Proposal<string | null>>, ctx: DateContext): Candidate<string | null>[] {
  const days: Array<Proposal<string> & { key: string }> = [];
  const zone = pageZone(proposals);
  // A shop's product page is no publication: its dates are offers' and reviews'.
  for (const p of ctx.isProduct ? [] : proposals) {
    if (!p.value) continue;
    const utc = p.value.match(UTC_INSTANT);
    if (utc && zone !== null) {
      const local = inZone(p.value, zone);
      days.push({ source: p.source, value: local, key: local.slice(0, 10) });
      continue;
    }
    const day = p.value.slice(0, 10);
    days.push({ source: p.source, value: p.value, key: day });
    if (utc) {
      const hour = +utc[1];
      if (hour < 10) days.push({ source: `${p.source}~previous-day`, value: shiftDay(day, -1), key: shiftDay(day, -1) });
      if (hour >= 14) days.push({ source: `${p.source}~next-day`, value: shiftDay(day, 1), key: shiftDay(day, 1) });
    }
  }
  const pooled = pool(days);
  const keys = pooled.map((c) => c.key).sort();
  const modified = days.filter((d) => /mod|updated/.test(d.source) && !d.source.includes('~')).map((d) => d.key);
  const candidates: Candidate<string | null>[] = pooled.map((c) => {
    const direct = c.sources.filter((s) => !s.includes('~'));
    const f = sourceFeatures(c.sources);
    f.push(`direct-sources:${bucket(direct.length, [0, 1, 2, 3])}`);
    if (keys.length > 1 && c.key === keys[0]) f.push('earliest');
    if (keys.length > 1 && c.key === keys[keys.length - 1]) f.push('latest');
    if (modified.length && c.key > modified[0]) f.push('after-modified');
    if (ctx.urlDate) {
      if (ctx.urlDate.slice(0, 4) !== c.key.slice(0, 4)) f.push('url-other-year');
      else if (ctx.urlDate.slice(0, 7) !== c.key.slice(0, 7)) f.push('url-other-month');
      else if (ctx.urlDate !== c.key) f.push('url-other-day');
      // The address's day is the publisher's own: a UTC instant on the day after (or before) it was
      // published in a zone behind (or ahead of) UTC, and the address settles which.
      else if (c.sources.some((s) => s.endsWith('~previous-day') || s.endsWith('~next-day'))) f.push('url-day-of-instant');
    }
    if (c.key.endsWith('-01-01')) f.push('new-year');
    if (c.key < '2000') f.push('before-2000');
    if (!c.sources.some(isPrintedSource)) f.push('unprinted', ...c.sources.map((s) => `src:${s}&unprinted`));
    // The value to return: an instant a direct source gave for this day, else the day.
    const instant = days.find((d) => d.key === c.key && !d.source.includes('~') && d.value.length > 10)?.value;
    return { value: instant ?? c.key, key: c.key, features: f };
  });
  const none = ['none', ctx.isArticle ? 'none&article' : 'none&not-article', `none&candidates:${bucket(candidates.length, [0, 1, 2, 4])}`];
  if (!pooled.some((c) => c.sources.some(isPrintedSource))) none.push('none&nothing-printed');
  return [...candidates, { value: null, key: '', features: none }];
}
