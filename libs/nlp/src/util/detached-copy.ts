/**
 * A copy of `s` that keeps nothing of the string it was cut from. V8 keeps a substring of 13+
 * characters (and a concatenation) as a view on its source, so a long-lived cache keyed by an
 * entity's surface kept the whole text it came from alive. Concatenating then slicing makes V8
 * flatten the pieces into a new string of their own.
 * (libs/extraction has the same helper for its caches; the two libraries share no code.)
 */
export function detachedCopy(s: string): string {
  return (' ' + s).slice(1);
}
