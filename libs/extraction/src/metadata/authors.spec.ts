import { completes, splitAuthorNames } from './authors';

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

  it('leaves out the job a byline gives after the name', () => {
    expect(splitAuthorNames('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(splitAuthorNames('By Jane Doe and John Roe, Senior Political Correspondents')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitAuthorNames('Jane Doe, Special to The Times')).toEqual(['Jane Doe']);
    expect(splitAuthorNames('By Jane Doe\nStaff writer')).toEqual(['Jane Doe']);
    expect(splitAuthorNames('Ben Silverman Games Editor')).toEqual(['Ben Silverman']);
    expect(splitAuthorNames('By Andrea Stone Senior Washington Correspondent')).toEqual(['Andrea Stone']);
    // A one-word name before a job word is kept whole: the word may be a surname.
    expect(splitAuthorNames('Jörg Staff')).toEqual(['Jörg Staff']);
    // A wire service after the name is a credit of its own.
    expect(splitAuthorNames('Max Muster, dpa')).toEqual(['Max Muster', 'dpa']);
    // ... but the writer's job at the agency is not.
    expect(splitAuthorNames('By TOM KRISHER, AP Auto Writer')).toEqual(['TOM KRISHER']);
    expect(splitAuthorNames('By Jane Doe, Associated Press Writer')).toEqual(['Jane Doe']);
  });

  it('leaves out the opening word of a date line read along with the name', () => {
    expect(splitAuthorNames('Kathy Wise Published')).toEqual(['Kathy Wise']);
    expect(splitAuthorNames('Matthieu Hy le')).toEqual(['Matthieu Hy']);
    expect(splitAuthorNames('By Bryan Walsh Tuesday, Aug. 17, 2010')).toEqual(['Bryan Walsh']);
    // A weekday after one word may be a surname, abbreviated too.
    expect(splitAuthorNames('Mary Friday')).toEqual(['Mary Friday']);
    expect(splitAuthorNames('By Anh Do')).toEqual(['Anh Do']);
    expect(splitAuthorNames('Tomas Spahn Fr')).toEqual(['Tomas Spahn']);
    // A capitalised particle is a name's.
    expect(splitAuthorNames('Thi Thu Le')).toEqual(['Thi Thu Le']);
  });

  it('reads a byline whose words ran together, or that a date or a full stop follows', () => {
    // "By" and the name, or the name and "Updated", in adjacent inline elements.
    expect(splitAuthorNames('ByTravis Haney')).toEqual(['Travis Haney']);
    expect(splitAuthorNames('Carolyn SaidUpdated Oct. 3, 2019 4:51 p.m.')).toEqual(['Carolyn Said']);
    // A month's abbreviation left over from the date after the byline.
    expect(splitAuthorNames('Travis Haney Dec')).toEqual(['Travis Haney']);
    expect(splitAuthorNames('By Tatyana Turner.')).toEqual(['Tatyana Turner']);
    // An initial's full stop stays, and so do names that only look like these.
    expect(splitAuthorNames('Michael L.')).toEqual(['Michael L.']);
    expect(splitAuthorNames('John Smith Jr.')).toEqual(['John Smith Jr.']);
    expect(splitAuthorNames('Byron Smith')).toEqual(['Byron Smith']);
    expect(splitAuthorNames('Anna Mar')).toEqual(['Anna Mar']);
    // "Said" is a surname; "says:" opens a comment.
    expect(splitAuthorNames('Carolyn Said')).toEqual(['Carolyn Said']);
    expect(splitAuthorNames('Anna Says:')).toEqual([]);
  });

  it('reads a name printed twice in a row once', () => {
    expect(splitAuthorNames('Andrea WongAndrea Wong')).toEqual(['Andrea Wong']);
    expect(splitAuthorNames('Jane Doe Jane Doe')).toEqual(['Jane Doe']);
    expect(splitAuthorNames('Anna Anna')).toEqual(['Anna Anna']);
  });

  it('reads no name out of a date line', () => {
    expect(splitAuthorNames('Montag, 3. Mai 2021')).toEqual([]);
    expect(splitAuthorNames('Publiziert am 3. Mai 2021')).toEqual([]);
    expect(splitAuthorNames('Published on Monday')).toEqual([]);
    // A <time> read as a byline: the year and hour go as trailing junk, the day stays.
    expect(splitAuthorNames('April 15, 2019 6:18am')).toEqual([]);
    expect(splitAuthorNames('By Jane Doe, April 15, 2019')).toEqual(['Jane Doe']);
    expect(splitAuthorNames('20. Dezember')).toEqual([]);
    // A number without a month is a station's or a desk's name, which labels credit as author.
    expect(splitAuthorNames('7 News WSVN')).toEqual(['7 News WSVN']);
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

describe('completes', () => {
  it("reads a full name as a one-word name's first name, initials or handle", () => {
    expect(completes('Henry', 'Henry Steinhau')).toBe(true);
    expect(completes('DT', 'Donald Tusk')).toBe(true);
    expect(completes('janedoe', 'Jane Doe')).toBe(true);
    expect(completes('Jane', 'Mary Jane')).toBe(false);
  });

  it('does not read a byline that names the one word again ("Reuters From Reuters") as its full form', () => {
    expect(completes('Reuters', 'Reuters From Reuters')).toBe(false);
  });
});
