// Separators that only ever join a title to the site's name or section path: the fullwidth bar of
// Japanese and Chinese titles, and the underscore Chinese portals put between headline, section and site.
const STRONG_SEPARATORS = /\s+(?:\||\/|»|«|›|‹|::|•|·|~)\s+|\s*[|｜]\s*|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])\s*_\s*(?=\S)/u;
// Separators that also occur inside headlines ("Korsetts – Shops, Designer").
const WEAK_SEPARATORS = /\s+[–—-]\s+/;

/** A heading without the decoration before its words ("[> Jens Weber", "// News"); opening quotes and brackets stay. */
export function withoutDecoration(heading: string): string {
  return heading.replace(/^(?:[[\]<>|•·/\\*~=+_–—-]+\s*)+(?=[\p{L}\p{N}"„“'‚‘«»(])/u, '');
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a title segment names the site (its name, its host, a domain). */
export function looksLikeSite(part: string, siteName: string | null, host: string | null): boolean {
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
  const strong = t
    .split(STRONG_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (strong.length > 1) {
    // Site first ("NEWS WEB EASY|Headline") or last ("Headline | Site"): keep the first segment that is not the site.
    t = strong.find((p) => !looksLikeSite(p, siteName, host)) ?? strong[0];
  }
  const weak = t
    .split(WEAK_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
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

/** A document title's segments between separators ("Headline | Section | Site", "Site: Headline"). */
export function titleSegments(title: string): string[] {
  return title
    .split(new RegExp(`${STRONG_SEPARATORS.source}|${WEAK_SEPARATORS.source}|\\s+:\\s+|:\\s+`, 'u'))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
