// Author names from bylines and meta tags, cleaned to bare names.

const BY_PREFIX = /^(?:(?:written|posted|published|reported|text|words|story|photos?|fotos?)\s+)?(?:by|von|par|por|door|av|af|przez|autor(?:in)?|author|auteur|redakcja|text|verfasst von|geschrieben von|ein beitrag von)\s*[:\-–]?\s+/i;
const SPLIT = /\s*(?:;|,|\/|\band\b|\bund\b|\bet\b|\by\b|&|\+|\|)\s*/i;
const NOT_A_NAME = /https?:|www\.|@|\*|\d{3,}|\.(?:com|de|org|net)\b|^(?:admin|administrator|staff|editor|editorial|team|guest|anonymous|user|webmaster|none|null|no author|name|author|autor)$/i;
// A commenter's header ("Anna says:", "Jo sagt"), not a byline.
const COMMENTER = /\s(?:says|said|sagt|schreibt|meint|wrote|écrit|dice)\s*:?$/i;
const TRAILING_JUNK = /\s*(?:\(.*|\[.*|[|•·].*|[–—-]\s.*|\b(?:updated|published|posted|am|on|le|vom|am)\b\s.*\d.*|,\s*\d.*)$/i;

/** One raw byline or meta value to a list of names ("By Jane Doe and John Roe | Reuters" -> two names). */
export function splitAuthorNames(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 200) return [];
  if (COMMENTER.test(s) || /^(?:https?:\/\/|www\.)\S+$/i.test(s)) return [];
  s = s.replace(BY_PREFIX, '');
  // "Interview: Jane Doe", "Fotos: ..." — a label before the name.
  s = s.replace(/^[\p{L} -]{2,20}:\s+(?=\p{Lu})/u, '');
  s = s.replace(TRAILING_JUNK, '').trim();
  // A weekday left over from a following date ("Tomas Spahn Fr").
  s = s.replace(/\s+(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?$/, '');
  s = s.replace(BY_PREFIX, '').trim();
  return s
    .split(SPLIT)
    .map((n) => n.replace(/^[\s,.:;–—-]+|[\s,:;–—-]+$/g, '').trim())
    .filter((n) => isPlausibleName(n));
}

// Companies (legal forms) and copyright lines are publishers, not authors.
const ORGANISATION = /(?:^|\s)(?:GmbH|AG|e\.\s?V\.?|Inc\.?|Ltd\.?|LLC|KG|S\.A\.|SE|Co\.|S\.L\.|SARL|S\.p\.A\.)$|^(?:copyright|©|\(c\))/i;

export function isPlausibleName(n: string): boolean {
  if (n.length < 2 || n.length > 60 || NOT_A_NAME.test(n) || ORGANISATION.test(n)) return false;
  const words = n.split(' ');
  if (words.length > 5) return false;
  // Names carry a capitalised word (or a script without case); a lower-case one-word handle is a
  // blogger's user name.
  if (!/\p{L}/u.test(n) || /^(?:by|von|par|por|door|av|af|przez|de|di|van|und|and|et)$/i.test(n)) return false;
  if (words.length === 1 && /[.#/:]/.test(n)) return false;
  return /\p{Lu}|[\u0600-\u06ff\u0590-\u05ff\u3040-\u9fff\uac00-\ud7af]/u.test(n) || (words.length === 1 && n.length >= 3);
}

/** Several sources to one de-duplicated list, in order. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = n.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}
