// Words that make a name a company's, shared by the tagger's label rules (ner/) and the canonical names
// (canonical/), so both read the same companies.

/**
 * A company's legal form abbreviated, the last word of its name ("Sony Corp", "BP plc", "Volvo AB"), as
 * written (without a final full stop): canonical names drop it ("Moderna Inc" is "Moderna"), where case
 * matters ("SpA" is a legal form, "Spa" a word); the tagger's rules read it in any case.
 */
export const LEGAL_FORM_ABBREVIATIONS: readonly string[] = [
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Plc',
  'PLC',
  'plc',
  'LLC',
  'LLP',
  'AG',
  'GmbH',
  'SA',
  'S.A',
  'NV',
  'N.V',
  'SpA',
  'AB',
  'ASA',
  'Bhd',
  'Pty',
  // Forms 1996's news did not write: the European company ("Airbus SE", "BioNTech SE"), Finland's listed
  // company ("Nokia Oyj"), Indonesia's ("Bank Central Asia Tbk"), Germany's partnership limited by shares.
  'SE',
  'Oyj',
  'Tbk',
  'KGaA',
];

/** A legal form written out: the tagger's rules read it as one; a canonical name keeps it ("News Corporation" is no "News"). */
export const LEGAL_FORMS_WRITTEN_OUT: readonly string[] = ['Corporation', 'Limited'];

/**
 * Trade words that end a company's name ("Geffen Records", "Paramount Pictures", "Sudan Airways", "Salomon
 * Brothers"). Words that also end other names are left out: "Press" ("White House Press Secretary"),
 * "Media", "Energy", "Resources", "Systems", "Steel".
 */
export const COMPANY_TRADE_WORDS: readonly string[] = [
  ...['Records', 'Pictures', 'Studios', 'Airlines', 'Airways', 'Motors', 'Industries', 'Holdings', 'Communications'],
  ...['Pharmaceuticals', 'Securities', 'Brothers', 'Stores', 'Foods', 'Telecom', 'Mining', 'Shipping', 'Partners'],
  ...['Entertainment', 'Publishing', 'Electronics', 'Chemicals', 'Petroleum', 'Bancorp', 'Bancshares', 'Technologies'],
  // Investment firms ("Melvin Capital", "Elliott Management", "Andreessen Horowitz" aside).
  ...['Capital', 'Management', 'Ventures', 'Investments'],
];

/** The domains of a company named by its web address ("Amazon.com", "Salesforce.com"). */
export const WEB_DOMAIN_WORDS: readonly string[] = ['com', 'net', 'org', 'io'];
