import { hashRange, hashString } from './hash';

const lowerHash = (s: string): number => hashRange(s, 0, s.length, true);

describe('lower-case hashing', () => {
  it('lower-cases and takes the diacritics off Latin letters, so accented names meet their plain spelling', () => {
    expect(lowerHash('Québec')).toBe(hashString('quebec'));
    expect(lowerHash('SINN FÉIN')).toBe(hashString('sinn fein'));
    expect(lowerHash('Łódź')).toBe(hashString('lodz'));
    expect(lowerHash('Øresund')).toBe(hashString('oresund'));
    expect(lowerHash('Nguyễn')).toBe(hashString('nguyen'));
  });

  it('reads typographic quotes and hyphens as plain ones', () => {
    expect(lowerHash('’s')).toBe(hashString("'s"));
    expect(lowerHash('“')).toBe(hashString('"'));
    expect(lowerHash('Guinea\u2010Bissau')).toBe(hashString('guinea-bissau'));
  });

  it('keeps letters with no plain Latin base as they are, lower-cased', () => {
    expect(lowerHash('Straße')).toBe(hashString('straße'));
    expect(lowerHash('Москва')).toBe(hashString('москва'));
    expect(lowerHash('Йошкар')).not.toBe(hashString('иошкар'));
    expect(lowerHash('Quebec')).not.toBe(hashString('Quebec'));
  });
});
