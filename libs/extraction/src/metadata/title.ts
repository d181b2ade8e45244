// Separators that only ever join a title to the site's name or section path: the fullwidth bar of
// Japanese and Chinese titles, and the underscore Chinese portals put between headline, section and site.
const STRONG_SEPARATORS = /\s+(?:\||\/|»|«|›|‹|::|•|·|~)\s+|\s*[|｜]\s*|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])\s*_\s*(?=\S)/u;
// Separators that also occur inside headlines ("Korsetts – Shops, Designer").
const WEAK_SEPARATORS = /\s+[–—-]\s+/;

/** A heading without the decoration before its words ("[> Jens Weber", "// News"); opening quotes and brackets stay. */
export function withoutDecoration(heading: string): string {
  const t = heading.replace(/^(?:[[\]<>|•·/\\*~=+_–—-]+\s*)+(?=[\p{L}\p{N}"„“'‚‘«»(])/u, '');
  // "[News] Headline" opens a bracket it closes: a label, not decoration ("News] Headline" is no title).
  const opened = heading.slice(0, heading.length - t.length).lastIndexOf('[');
  return opened >= 0 && t.includes(']') ? heading.slice(opened) : t;
}

const OPENING = '([{（［｛【「『〈《';
const CLOSING = ')]}）］｝】」』〉》';
const OPENING_ANY = /[([{（［｛【「『〈《]/;
const globalCopies = new Map<RegExp, RegExp>();

/**
 * Splits at the separators `re` finds outside brackets: "Streit um Gesetz (Teil 2: Die Folgen) - Site"
 * has three parts, not four, so no part is a headline cut at its bracket. Only a bracket closed later
 * counts ("Smiley :( | Site" splits as usual).
 */
function splitOutsideBrackets(title: string, re: RegExp): string[] {
  // Only a bracket opened and closed later marks text as inside: without an opening bracket, nothing is.
  const inside = OPENING_ANY.test(title) ? new Uint8Array(title.length + 1) : null;
  const open: Array<{ at: number; closer: string }> = [];
  for (let i = 0; inside && i < title.length; i++) {
    const o = OPENING.indexOf(title[i]);
    if (o >= 0) open.push({ at: i, closer: CLOSING[o] });
    else if (CLOSING.includes(title[i])) {
      const k = open.map((b) => b.closer).lastIndexOf(title[i]);
      if (k < 0) continue;
      inside.fill(1, open[k].at + 1, i);
      open.length = k;
    }
  }
  const parts: string[] = [];
  let from = 0;
  // The separators' own global copy, reused (matchAll would compile a fresh one on every call).
  let global = globalCopies.get(re);
  if (!global) globalCopies.set(re, (global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  global.lastIndex = 0;
  for (let m = global.exec(title); m; m = global.exec(title)) {
    if (!m[0].length) {
      // As matchAll steps past an empty match (by a code point under the u flag).
      const c = title.codePointAt(global.lastIndex);
      global.lastIndex += global.unicode && c !== undefined && c > 0xffff ? 2 : 1;
      continue;
    }
    if (inside?.[m.index]) continue;
    parts.push(title.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(title.slice(from));
  return parts;
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

const SPACED_COLON = /\s+:\s+/;

/** "Story headline | Site Name" -> "Story headline": drops the segments naming the site or the section path. */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  let t = title.trim();
  const strong = splitOutsideBrackets(t, STRONG_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (strong.length > 1) {
    // Site first ("NEWS WEB EASY|Headline") or last ("Headline | Site"): keep the first segment that is not the site.
    t = strong.find((p) => !looksLikeSite(p, siteName, host)) ?? strong[0];
  }
  const weak = splitOutsideBrackets(t, WEAK_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (weak.length > 1) {
    const last = weak[weak.length - 1];
    const first = weak[0];
    if (looksLikeSite(last, siteName, host)) t = t.slice(0, t.lastIndexOf(last)).replace(/[\s–—-]+$/, '');
    else if (looksLikeSite(first, siteName, host)) t = t.slice(first.length).replace(/^[\s–—-]+/, '');
  }
  // A spaced colon also sets French headlines apart ("Libre cours : Raoult"): only a site's name after it goes.
  const colon = splitOutsideBrackets(t, SPACED_COLON);
  if (colon.length > 1 && looksLikeSite(colon[colon.length - 1], siteName, host)) t = colon.slice(0, -1).join(' : ');
  return t || title;
}

const ANY_SEPARATOR = new RegExp(`${STRONG_SEPARATORS.source}|${WEAK_SEPARATORS.source}|\\s+:\\s+|:\\s+`, 'u');

/** A document title's segments between separators ("Headline | Section | Site", "Site: Headline"). */
export function titleSegments(title: string): string[] {
  return splitOutsideBrackets(title, ANY_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
