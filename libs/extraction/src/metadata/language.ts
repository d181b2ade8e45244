import { detectAll } from 'tinyld';

/** "en-US", "de_DE", "DE" -> "en", "de". */
export function toIso639_1(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = tag.trim().toLowerCase().match(/^([a-z]{2})(?:$|[-_])/);
  return m ? m[1] : null;
}

/**
 * The article's language: detected from its own text when there is enough of it (templates often
 * declare the CMS default), else the page's declaration.
 */
export function chooseLanguage(declared: Array<string | null | undefined>, text: string): string | null {
  const declaredCode = declared.map(toIso639_1).find((c) => c) ?? null;
  const sample = text.slice(0, 1500);
  if (sample.length < 60) return declaredCode;
  const guesses = detectAll(sample);
  if (!guesses.length) return declaredCode;
  // Trust the declaration when the detector finds it plausible: close languages (no/da, es/pt) get mixed up.
  if (declaredCode && guesses.some((g) => g.lang === declaredCode && g.accuracy >= 0.3)) return declaredCode;
  const top = guesses[0];
  if (top.accuracy < 0.5 && declaredCode) return declaredCode;
  return toIso639_1(top.lang) ?? declaredCode;
}
