import { canonicalName, entityId } from './aliases';

describe('canonical names and ids', () => {
  it('resolves abbreviations through the aliases table', () => {
    expect(canonicalName('LOCATION', 'U.S.')).toBe('United States');
    expect(canonicalName('LOCATION', 'N.K.')).toBe('North Korea');
    expect(canonicalName('ORGANIZATION', 'U.N.')).toBe('United Nations');
    expect(canonicalName('PERSON', 'Kim Sung-hwan')).toBe('Kim Sung-hwan');
  });

  it('gives the same id for the same canonical entity and different ids across types', () => {
    expect(entityId('LOCATION', 'United States')).toBe(entityId('LOCATION', 'united states'));
    expect(entityId('LOCATION', canonicalName('LOCATION', 'U.S.'))).toBe(entityId('LOCATION', 'United States'));
    expect(entityId('LOCATION', 'Jordan')).not.toBe(entityId('PERSON', 'Jordan'));
    expect(entityId('PERSON', 'Ban Ki-moon')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
