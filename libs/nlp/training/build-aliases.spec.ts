import { buildCountryAliases } from './build-aliases';

describe('buildCountryAliases', () => {
  const aliases = buildCountryAliases();

  it("maps a country's official names, initialisms and other spellings to its common name", () => {
    expect(aliases['Republic of Korea']).toEqual(['South Korea', 'LOCATION']);
    expect(aliases['UAE']).toEqual(['United Arab Emirates', 'LOCATION']);
    expect(aliases['Vatican']).toEqual(['Vatican City', 'LOCATION']);
  });

  it('leaves out spellings that are common words or nationality words', () => {
    for (const word of ['Island', 'Reunion', 'Emirates', 'Togolese']) expect(aliases[word]).toBeUndefined();
  });
});
