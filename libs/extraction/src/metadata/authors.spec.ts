import { splitAuthorNames } from './authors';

describe('splitAuthorNames', () => {
  it('cleans bylines down to names', () => {
    expect(splitAuthorNames('By Jane Doe and John Roe | Reuters')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitAuthorNames('Von Anna Schmidt, 12.03.2020')).toEqual(['Anna Schmidt']);
    expect(splitAuthorNames('By Shin Hae-in (')).toEqual(['Shin Hae-in']);
    expect(splitAuthorNames('Interview: Julia Lauter')).toEqual(['Julia Lauter']);
    // The piece named before the byline word is not part of the name.
    expect(splitAuthorNames('Pressemitteilung von Katja Kipping')).toEqual(['Katja Kipping']);
    expect(splitAuthorNames('Ein Beitrag von Jane Doe')).toEqual(['Jane Doe']);
  });

  it('rejects what is not a person', () => {
    expect(splitAuthorNames('https://www.facebook.com/someone')).toEqual([]);
    expect(splitAuthorNames('Anna says:')).toEqual([]);
    expect(splitAuthorNames('Example Media GmbH')).toEqual([]);
    expect(splitAuthorNames('Name *')).toEqual([]);
    expect(splitAuthorNames('Bayerische Landesanstalt für Wald und Forstwirtschaft')).toEqual([]);
    expect(splitAuthorNames('AUTO ZEITUNG')).toEqual([]);
    expect(splitAuthorNames('Sekretariat Partei Mensch Umwelt Tierschutz')).toEqual([]);
  });
});
