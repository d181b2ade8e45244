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
