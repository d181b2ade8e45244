import { normaliseInline } from '../normalise/normalise-text';

// Separators that only ever join a title to the site's name or section path.
const STRONG_SEPARATORS = /\s+(?:\||\/|»|«|::|•|·|~)\s+|\s*\|\s*/;
// Separators that also occur inside headlines ("Korsetts – Shops, Designer").
const WEAK_SEPARATORS = /\s+[–—-]\s+/;

/** A heading without the decoration before its words ("[> Jens Weber", "// News"); opening quotes and brackets stay. */
export function withoutDecoration(heading: string): string {
  return heading.replace(/^(?:[\[\]<>|•·/\\*~=+_–—-]+\s*)+(?=[\p{L}\p{N}"„“'‚‘«»(])/u, '');
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function looksLikeSite(part: string, siteName: string | null, host: string | null): boolean {
  const f = fold(part);
  if (!f) return true;
  const compact = f.replace(/ /g, '');
  if (siteName) {
    const site = fold(siteName);
    if (site && (f === site || site.includes(f) || f.includes(site))) return true;
  }
  if (host) {
    const h = host.replace(/^www\./, '').toLowerCase();
    const hostWord = h.split('.')[0].replace(/[^a-z0-9]/g, '');
    if (compact === h.replace(/[^a-z0-9]/g, '') || (hostWord.length >= 4 && (compact.includes(hostWord) || hostWord.includes(compact)))) return true;
  }
  return /\.(?:com|de|org|net|at|ch|fr|it|co\.uk|info|eu)$/i.test(part.trim());
}

/** "Story headline | Site Name" -> "Story headline": drops the segments naming the site or the section path. */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  let t = title.trim();
  const strong = t.split(STRONG_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (strong.length > 1) {
    // Site first ("NEWS WEB EASY|Headline") or last ("Headline | Site"): keep the first segment that is not the site.
    t = strong.find((p) => !looksLikeSite(p, siteName, host)) ?? strong[0];
  }
  const weak = t.split(WEAK_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (weak.length > 1) {
    const last = weak[weak.length - 1];
    const first = weak[0];
    if (looksLikeSite(last, siteName, host)) t = t.slice(0, t.lastIndexOf(last)).replace(/[\s–—-]+$/, '');
    else if (looksLikeSite(first, siteName, host)) t = t.slice(first.length).replace(/^[\s–—-]+/, '');
  }
  // A spaced colon also sets French headlines apart ("Libre cours : Raoult"): only a site's name after it goes.
  const colon = t.split(/\s+:\s+/);
  if (colon.length > 1 && looksLikeSite(colon[colon.length - 1], siteName, host)) t = colon.slice(0, -1).join(' : ');
  return t || title;
}

/**
 * An h1 made of a kicker or subtitle line and the headline in separate elements ("<span>Forderungsausfälle
 * vermeiden</span> Eigentumsvorbehalt: ..."): the element that is the declared title.
 */
function declaredPart(parts: string[], declared: string[], heading: string): string | null {
  if (parts.length < 2) return null;
  for (const p of parts) {
    const f = fold(p);
    if (f.split(' ').length >= 3 && f !== heading && heading.includes(f) && declared.includes(f)) return normaliseInline(p);
  }
  return null;
}

export interface TitleCandidates {
  jsonLdHeadline: string | null;
  ogTitle: string | null;
  htmlTitle: string | null;
  h1s: string[];
  /** Each h1's child elements' texts: a kicker or subtitle line set in its own element. */
  h1Parts?: Map<string, string[]>;
  /** Second-level headings: the visible headline on templates whose h1 is the site's logo. */
  h2s?: string[];
  siteName: string | null;
  host: string | null;
}

/**
 * The headline: an <h1> that the document title or og:title confirms wins (it is what readers see);
 * otherwise structured data, og:title, then the <title> without the site name.
 */
export function chooseTitle(c: TitleCandidates): string | null {
  const clean = (s: string | null) => (s ? normaliseInline(s) : null);
  const headline = clean(c.jsonLdHeadline);
  const og = clean(c.ogTitle);
  const html = clean(c.htmlTitle);
  const foldAll = (xs: Array<string | null>) => xs.filter((x): x is string => !!x).map(fold).filter((r) => r.length > 0);
  const strippedOg = og && stripSiteName(og, c.siteName, c.host);
  const strippedHtml = html && stripSiteName(html, c.siteName, c.host);
  const refs = foldAll([headline, og, html, strippedOg, strippedHtml]);
  // Titles without their site name: a heading ending one of these is the headline after a topic.
  const cleanRefs = foldAll([headline, strippedOg, strippedHtml]);
  // The h1 must carry most of a reference title (or end a clean one, after a topic: "Topic: Headline"),
  // so a logo or section name in an h1 does not win.
  const confirms = (f: string) =>
    refs.some((r) => (r.includes(f) && f.length >= 0.6 * r.length) || (f.includes(r) && r.length >= 0.6 * f.length)) ||
    cleanRefs.some((r) => r.endsWith(f) && f.split(' ').length >= 3);
  for (const h of c.h1s) {
    const t = clean(h);
    if (!t || t.length < 3) continue;
    const f = fold(t);
    if (f && confirms(f)) return declaredPart(c.h1Parts?.get(h) ?? [], cleanRefs, f) ?? t;
  }
  // The visible headline in an h2 (the h1 being the logo) when the document title names it closely.
  for (const h of c.h2s ?? []) {
    const t = clean(h);
    if (!t || t.length < 8) continue;
    const f = fold(t);
    if (f && refs.some((r) => (r.includes(f) && f.length >= 0.8 * r.length) || f === r)) return t;
  }
  // A heading that is exactly one segment of the document title ("Blog name | Post title").
  const segments = [og, html]
    .filter((x): x is string => !!x)
    .flatMap((x) => x.split(new RegExp(`${STRONG_SEPARATORS.source}|${WEAK_SEPARATORS.source}`)))
    .map(fold)
    .filter((x) => x.length >= 3);
  for (const h of [...c.h1s, ...(c.h2s ?? [])]) {
    const t = clean(h);
    if (t && t.length >= 3 && segments.includes(fold(t))) return t;
  }
  if (headline) return headline;
  if (og) return stripSiteName(og, c.siteName, c.host);
  if (html) return stripSiteName(html, c.siteName, c.host);
  const h1 = c.h1s.map(clean).find((t) => t && t.length >= 3);
  return h1 ?? null;
}
