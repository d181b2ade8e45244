import { normaliseInline } from '../normalise/normalise-text';

const SEPARATORS = /\s+[|–—·•»«:\-~/]\s+|\s+::\s+/;

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "Story headline | Site Name" -> "Story headline": drops the segments naming the site. */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const site = siteName ? fold(siteName) : null;
  const hostWord = host ? fold(host.replace(/^www\./, '').split('.')[0]) : null;
  const isSite = (p: string) => {
    const f = fold(p);
    return (site !== null && (f === site || site.includes(f) || f.includes(site))) || (hostWord !== null && f.replace(/ /g, '') === hostWord.replace(/ /g, ''));
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length === parts.length) {
    // No segment is known to be the site: the site name is conventionally the last, shorter one.
    const first = parts[0];
    const lastPart = parts[parts.length - 1];
    if (lastPart.split(' ').length <= 4 && first.length >= lastPart.length) return title.slice(0, title.lastIndexOf(lastPart)).replace(/[\s|–—·•»«:\-~/]+$/, '');
    return title;
  }
  if (!kept.length) return title;
  // Keep the original separators between the remaining segments.
  const start = title.indexOf(kept[0]);
  const lastKept = kept[kept.length - 1];
  const end = title.lastIndexOf(lastKept) + lastKept.length;
  return title.slice(start, end).trim();
}

export interface TitleCandidates {
  jsonLdHeadline: string | null;
  ogTitle: string | null;
  htmlTitle: string | null;
  h1s: string[];
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
  const refs = [headline, og, html, og && stripSiteName(og, c.siteName, c.host), html && stripSiteName(html, c.siteName, c.host)]
    .filter((x): x is string => !!x)
    .map(fold)
    .filter((r) => r.length > 0);
  // The h1 must carry most of a reference title, so a logo or section name in an h1 does not win.
  const confirms = (f: string, r: string) => (r.includes(f) && f.length >= 0.6 * r.length) || (f.includes(r) && r.length >= 0.6 * f.length);
  for (const h of c.h1s) {
    const t = clean(h);
    if (!t || t.length < 3) continue;
    const f = fold(t);
    if (f && refs.some((r) => confirms(f, r))) return t;
  }
  if (headline) return headline;
  if (og) return stripSiteName(og, c.siteName, c.host);
  if (html) return stripSiteName(html, c.siteName, c.host);
  const h1 = c.h1s.map(clean).find((t) => t && t.length >= 3);
  return h1 ?? null;
}
