// Words that keep their trailing period ("Gen.", "Jan.", "Inc.") and so do not end a sentence.
// Dotted initialisms (U.S., N.K., U.N., a.m.) are recognised by shape in the scanner.
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen rep rev fr sr jr st mt ' +
    'pres supt insp det amb sec ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'inc corp co ltd plc llc bros dept univ assn ' +
    'vol vs etc approx est fig ave blvd rd'
  )
    .split(/\s+/)
    .filter(Boolean),
);

// Capitalised words that open sentences and are no one's name: after "Plan B." or "the U.S." they say
// the period also ended the sentence ("She backed Plan B. It failed."), where a name would not ("John F. Kennedy").
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  'the it he she they we this that these those there his her its their our but in on at after when while if an'.split(' '),
);

/** Whether, after spaces from `at`, the text goes on with a capitalised sentence opener ("The", "It", "But"). */
export function opensSentenceAt(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === at || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 65 || c > 90) return false;
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) | 32) >= 97 && (text.charCodeAt(j) | 32) <= 122) j++;
  if (j - i > 5) return false;
  return SENTENCE_OPENERS.has(text.slice(i, j).toLowerCase());
}
