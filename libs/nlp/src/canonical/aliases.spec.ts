import { aliasApplies, canonicalName, entityId } from './aliases';

describe('canonical names and ids', () => {
  it('resolves abbreviations through the aliases table', () => {
    expect(canonicalName('LOCATION', 'U.S.')).toBe('United States');
    expect(canonicalName('LOCATION', 'N.K.')).toBe('North Korea');
    expect(canonicalName('ORGANIZATION', 'U.N.')).toBe('United Nations');
    expect(canonicalName('PERSON', 'Kim Sung-hwan')).toBe('Kim Sung-hwan');
  });

  it("names a company without its legal form, so 'Moderna Inc' and 'Moderna' are one organisation", () => {
    expect(canonicalName('ORGANIZATION', 'Moderna Inc')).toBe('Moderna');
    expect(canonicalName('ORGANIZATION', 'Sony Corp.')).toBe('Sony');
    expect(canonicalName('ORGANIZATION', 'Toyota Motor Corp')).toBe('Toyota Motor');
    expect(canonicalName('ORGANIZATION', 'Siemens AG')).toBe('Siemens');
    expect(canonicalName('ORGANIZATION', 'Alphabet, Inc.')).toBe('Alphabet');
    // the abbreviations the tagger's rules know too, as written, and a partnership's "& Co"
    expect(canonicalName('ORGANIZATION', 'Volvo AB')).toBe('Volvo');
    expect(canonicalName('ORGANIZATION', 'News Corporation')).toBe('News Corporation');
    expect(canonicalName('ORGANIZATION', 'Embassy Suites Hotel & Spa')).toBe('Embassy Suites Hotel & Spa');
    expect(canonicalName('ORGANIZATION', 'Nestle S.A.')).toBe('Nestle');
    expect(canonicalName('ORGANIZATION', 'Goldman Sachs & Co')).toBe('Goldman Sachs');
    // Only an organisation's, only a trailing abbreviation, never the whole name.
    expect(canonicalName('PERSON', 'Lee Co')).toBe('Lee Co');
    expect(canonicalName('ORGANIZATION', 'Co-operative Bank')).toBe('Co-operative Bank');
    expect(canonicalName('ORGANIZATION', 'Inc')).toBe('Inc');
  });

  it("names a company without the web address before its legal form, so 'Amazon.com Inc' and 'Amazon' are one organisation", () => {
    expect(canonicalName('ORGANIZATION', 'Amazon.com Inc')).toBe('Amazon');
    expect(canonicalName('ORGANIZATION', 'JD.com Inc.')).toBe('JD');
    // An address alone stays whole (sites are named after people and words too), and so does a longer one.
    expect(canonicalName('ORGANIZATION', 'Forbes.com')).toBe('Forbes.com');
    expect(canonicalName('ORGANIZATION', 'news.Yahoo.com Inc')).toBe('news.Yahoo.com');
  });

  it('names a mention after an alias only where the alias fits how it was read', () => {
    // A government ("Britain said") keeps the place's name; groupMentions settles the entity's type.
    expect(canonicalName('ORGANIZATION', 'Britain')).toBe('United Kingdom');
    expect(canonicalName('LOCATION', 'U.N.')).toBe('United Nations');
    // A person is never renamed after a place, nor a nationality word after its country.
    expect(canonicalName('PERSON', 'America')).toBe('America');
    expect(canonicalName('MISC', 'Holland')).toBe('Holland');
    expect(aliasApplies({ name: 'Saudi Arabia', type: 'LOCATION' }, 'MISC')).toBe(false);
    expect(aliasApplies({ name: 'United Nations', type: 'ORGANIZATION' }, 'MISC')).toBe(true);
  });

  it('gives the same id for the same canonical entity and different ids across types', () => {
    expect(entityId('LOCATION', 'United States')).toBe(entityId('LOCATION', 'united states'));
    expect(entityId('LOCATION', canonicalName('LOCATION', 'U.S.'))).toBe(entityId('LOCATION', 'United States'));
    expect(entityId('LOCATION', 'Jordan')).not.toBe(entityId('PERSON', 'Jordan'));
    // A name written with and without its accents is one name: "Zürich" and "Zurich", "São Paulo" and "Sao Paulo".
    expect(entityId('LOCATION', 'Zürich')).toBe(entityId('LOCATION', 'Zurich'));
    expect(entityId('LOCATION', 'São Paulo')).toBe(entityId('LOCATION', 'Sao Paulo'));
    expect(entityId('ORGANIZATION', 'Sinn Féin’s')).toBe(entityId('ORGANIZATION', "Sinn Fein's"));
    expect(entityId('PERSON', 'Ban Ki-moon')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
