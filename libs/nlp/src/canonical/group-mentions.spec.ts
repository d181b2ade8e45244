import { EntityType } from '../entity.types';
import { entityId } from './aliases';
import { groupMentions, RawMention } from './group-mentions';

/** Builds model mentions for every [surface, type] in order of appearance in text. */
function mentionsOf(text: string, found: Array<[string, EntityType]>): RawMention[] {
  let from = 0;
  return found.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`${surface} not in text`);
    from = start + surface.length;
    return { start, end: from, text: surface, type, fromModel: true };
  });
}

describe('groupMentions', () => {
  it('groups a name written with and without its accents into one entity', () => {
    const text = 'Zürich voted on Sunday; Zurich officials said turnout was high.';
    const ents = groupMentions(
      text,
      mentionsOf(text, [
        ['Zürich', 'LOCATION'],
        ['Zurich', 'LOCATION'],
      ]),
    );
    expect(ents).toHaveLength(1);
    expect(ents[0].mentions.map((m) => m.text)).toEqual(['Zürich', 'Zurich']);
  });

  it('groups aliases under one canonical name and id', () => {
    const text = 'The U.S. said the United States and the US would talk.';
    const ents = groupMentions(
      text,
      mentionsOf(text, [
        ['U.S.', 'LOCATION'],
        ['United States', 'LOCATION'],
        ['US', 'ORGANIZATION'],
      ]),
    );
    expect(ents).toHaveLength(1);
    expect(ents[0]).toMatchObject({ name: 'United States', type: 'LOCATION' });
    expect(ents[0].mentions.map((m) => m.text)).toEqual(['U.S.', 'United States', 'US']);
  });

  it.each([
    ['Moderna Inc said its vaccine works. Moderna will file on Monday.', 'Moderna Inc', 'Moderna'],
    ['Amazon.com Inc said it would hire. Amazon shares rose.', 'Amazon.com Inc', 'Amazon'],
  ])('groups a company named with and without its legal form (and web address), under the bare name: %s', (text, full, bare) => {
    const ents = groupMentions(
      text,
      mentionsOf(text, [
        [full, 'ORGANIZATION'],
        [bare, 'ORGANIZATION'],
      ]),
    );
    expect(ents).toHaveLength(1);
    expect(ents[0]).toMatchObject({ name: bare, type: 'ORGANIZATION', id: entityId('ORGANIZATION', bare) });
    expect(ents[0].mentions.map((m) => m.text)).toEqual([full, bare]);
  });

  it('attaches a bare surname to the nearest full name introduced before it', () => {
    const text = 'Kim Kye-gwan left. Kim Sung-hwan arrived. Kim said so.';
    const ents = groupMentions(
      text,
      mentionsOf(text, [
        ['Kim Kye-gwan', 'PERSON'],
        ['Kim Sung-hwan', 'PERSON'],
        ['Kim', 'PERSON'],
      ]),
    );
    const sung = ents.find((e) => e.name === 'Kim Sung-hwan');
    expect(sung?.mentions.map((m) => m.text)).toEqual(['Kim Sung-hwan', 'Kim']);
    expect(ents.find((e) => e.name === 'Kim Kye-gwan')?.mentions).toHaveLength(1);
    expect(ents.some((e) => e.name === 'Kim')).toBe(false);
  });

  it('maps "the North" only when one North-place is in the article', () => {
    const one = 'North Korea warned. Talks with the North resume.';
    const e1 = groupMentions(one, mentionsOf(one, [['North Korea', 'LOCATION']]));
    // The mention is "North", without its article, as CoNLL marks such names.
    expect(e1[0].mentions.map((m) => m.text)).toEqual(['North Korea', 'North']);
    expect(e1[0].mentions[1].start).toBe(one.indexOf('the North') + 4);
    const two = 'North Korea and North Carolina. Talks with the North resume.';
    const e2 = groupMentions(
      two,
      mentionsOf(two, [
        ['North Korea', 'LOCATION'],
        ['North Carolina', 'LOCATION'],
      ]),
    );
    expect(e2.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('North');
  });

  it('never turns a person into a country through the aliases table', () => {
    const text = 'Thomas Mann wrote. Mann said.';
    const ents = groupMentions(
      text,
      mentionsOf(text, [
        ['Thomas Mann', 'PERSON'],
        ['Mann', 'PERSON'],
      ]),
    );
    expect(ents).toHaveLength(1);
    expect(ents[0]).toMatchObject({ type: 'PERSON', name: 'Thomas Mann' });
  });

  it('marks title entities, keeps types apart and sorts by salience', () => {
    const text = 'Washington met Washington. Paris waited. Paris and Paris again.';
    const ents = groupMentions(
      text,
      mentionsOf(text, [
        ['Washington', 'PERSON'],
        ['Washington', 'LOCATION'],
        ['Paris', 'LOCATION'],
        ['Paris', 'LOCATION'],
        ['Paris', 'LOCATION'],
      ]),
      'Washington visits',
    );
    expect(ents.map((e) => `${e.type}:${e.name}`).sort()).toEqual(['LOCATION:Paris', 'LOCATION:Washington', 'PERSON:Washington']);
    expect(ents.filter((e) => e.name === 'Washington').every((e) => e.inTitle)).toBe(true);
    expect(ents.find((e) => e.name === 'Paris')?.inTitle).toBe(false);
    expect(ents[0].salience).toBe(1);
    for (let k = 1; k < ents.length; k++) expect(ents[k - 1].salience).toBeGreaterThanOrEqual(ents[k].salience);
  });

  it('merges a name typed inconsistently when one type clearly dominates', () => {
    const text = 'Pyongyang said. Pyongyang warned. Pyongyang left. Pyongyang agreed.';
    const ents = groupMentions(
      text,
      mentionsOf(text, [
        ['Pyongyang', 'LOCATION'],
        ['Pyongyang', 'LOCATION'],
        ['Pyongyang', 'ORGANIZATION'],
        ['Pyongyang', 'LOCATION'],
      ]),
    );
    expect(ents.map((e) => [e.type, e.name, e.mentions.length])).toEqual([['LOCATION', 'Pyongyang', 4]]);
  });

  it('title-cases headline-only names but keeps acronyms', () => {
    const text = 'WASHINGTON AND IBM';
    const ents = groupMentions(
      text,
      mentionsOf(text, [
        ['WASHINGTON', 'LOCATION'],
        ['IBM', 'ORGANIZATION'],
      ]),
    );
    expect(ents.map((e) => e.name).sort()).toEqual(['IBM', 'Washington']);
  });

  it('groups rule entities by type and text', () => {
    const text = 'On Monday and Monday, 5 percent.';
    const ents = groupMentions(text, [
      { start: 3, end: 9, text: 'Monday', type: 'DATE', fromModel: false },
      { start: 14, end: 20, text: 'Monday', type: 'DATE', fromModel: false },
      { start: 22, end: 31, text: '5 percent', type: 'PERCENT', fromModel: false },
    ]);
    expect(ents.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ['DATE', 'Monday', 2],
      ['PERCENT', '5 percent', 1],
    ]);
  });

  describe('one entity per thing', () => {
    const summary = (ents: ReturnType<typeof groupMentions>): string[][] =>
      ents.map((e) => [e.type, e.name, e.mentions.map((m) => m.type[0]).join('')]).sort((a, b) => (a.join() < b.join() ? -1 : 1));

    it('groups a capital standing for its government with the place, each mention keeping its reading', () => {
      const text = 'Pyongyang said. Pyongyang warned. Flights to Pyongyang. Pyongyang agreed. Pyongyang left. Pyongyang asked. Attack Pyongyang.';
      const types: EntityType[] = ['ORGANIZATION', 'ORGANIZATION', 'LOCATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'PERSON'];
      const ents = groupMentions(
        text,
        mentionsOf(
          text,
          types.map((t) => ['Pyongyang', t]),
        ),
      );
      expect(ents).toHaveLength(1);
      expect(ents[0]).toMatchObject({ type: 'LOCATION', name: 'Pyongyang', id: entityId('LOCATION', 'Pyongyang') });
      expect(ents[0].mentions.map((m) => m.type)).toEqual(types);
    });

    it('makes a country or capital read only as a government the place', () => {
      const text = 'Washington wants talks. Russia said no.';
      const ents = groupMentions(
        text,
        mentionsOf(text, [
          ['Washington', 'ORGANIZATION'],
          ['Russia', 'ORGANIZATION'],
        ]),
      );
      expect(summary(ents)).toEqual([
        ['LOCATION', 'Russia', 'O'],
        ['LOCATION', 'Washington', 'O'],
      ]);
    });

    it('keeps an organisation and a place apart when the name is not a country or capital and neither dominates', () => {
      const text = 'Springfield won. Springfield lost. In Springfield it rained.';
      const ents = groupMentions(
        text,
        mentionsOf(text, [
          ['Springfield', 'ORGANIZATION'],
          ['Springfield', 'ORGANIZATION'],
          ['Springfield', 'LOCATION'],
        ]),
      );
      expect(summary(ents)).toEqual([
        ['LOCATION', 'Springfield', 'L'],
        ['ORGANIZATION', 'Springfield', 'OO'],
      ]);
    });

    it('keeps the player and the city Washington apart when evidence says both', () => {
      const even = 'Washington scored. Washington scored again. In Washington, fans cheered. Washington celebrated.';
      const e1 = groupMentions(
        even,
        mentionsOf(even, [
          ['Washington', 'PERSON'],
          ['Washington', 'PERSON'],
          ['Washington', 'LOCATION'],
          ['Washington', 'LOCATION'],
        ]),
      );
      expect(summary(e1)).toEqual([
        ['LOCATION', 'Washington', 'LL'],
        ['PERSON', 'Washington', 'PP'],
      ]);
      // One titled person reading against three place readings: the title vouches for the person.
      const titled = 'Coach Washington smiled. Washington, Washington and Washington.';
      const e2 = groupMentions(
        titled,
        mentionsOf(titled, [
          ['Washington', 'PERSON'],
          ['Washington', 'LOCATION'],
          ['Washington', 'LOCATION'],
          ['Washington', 'LOCATION'],
        ]),
      );
      expect(summary(e2)).toEqual([
        ['LOCATION', 'Washington', 'LLL'],
        ['PERSON', 'Washington', 'P'],
      ]);
      // One place reading of a known capital against three person readings: the gazetteer vouches for the place.
      const place = 'Washington scored. Washington ran. Washington won. Fans in Washington.';
      const e3 = groupMentions(
        place,
        mentionsOf(place, [
          ['Washington', 'PERSON'],
          ['Washington', 'PERSON'],
          ['Washington', 'PERSON'],
          ['Washington', 'LOCATION'],
        ]),
      );
      expect(summary(e3)).toEqual([
        ['LOCATION', 'Washington', 'L'],
        ['PERSON', 'Washington', 'PPP'],
      ]);
    });

    it('takes a lone untitled reading against three times as many others as a tagging slip', () => {
      const text = 'Washington said. Washington warned. Washington agreed. They told Washington.';
      const ents = groupMentions(
        text,
        mentionsOf(text, [
          ['Washington', 'LOCATION'],
          ['Washington', 'LOCATION'],
          ['Washington', 'LOCATION'],
          ['Washington', 'PERSON'],
        ]),
      );
      expect(summary(ents)).toEqual([['LOCATION', 'Washington', 'LLLP']]);
      const firm = 'Acme rose. Acme fell. Acme said. Acme smiled.';
      const e2 = groupMentions(
        firm,
        mentionsOf(firm, [
          ['Acme', 'ORGANIZATION'],
          ['Acme', 'ORGANIZATION'],
          ['Acme', 'ORGANIZATION'],
          ['Acme', 'PERSON'],
        ]),
      );
      expect(summary(e2)).toEqual([['ORGANIZATION', 'Acme', 'OOOP']]);
    });

    it("keeps a dateline's place apart from the club or firm named after it, however often that is named", () => {
      const text = 'SOCCER - NEW COACH FOR NICE .\nNICE , France 1996-08-30\nNice named a coach. Nice lost. Nice won at home.';
      const ents = groupMentions(
        text,
        mentionsOf(text, [
          ['NICE', 'ORGANIZATION'],
          ['NICE', 'LOCATION'],
          ['Nice', 'ORGANIZATION'],
          ['Nice', 'ORGANIZATION'],
          ['Nice', 'ORGANIZATION'],
        ]),
      );
      expect(summary(ents).map(([type, , readings]) => [type, readings])).toEqual(
        expect.arrayContaining([
          ['ORGANIZATION', 'OOOO'],
          ['LOCATION', 'L'],
        ]),
      );
      expect(ents).toHaveLength(2);
      // The same for a dateline with the date in words, or the agency and a dash.
      for (const dateline of ['LEEDS, Aug 28 -', 'LEEDS (Reuters) -']) {
        const story = `${dateline} Leeds named a coach. Leeds lost. Leeds won at home.`;
        const found = groupMentions(
          story,
          mentionsOf(story, [
            ['LEEDS', 'LOCATION'],
            ['Leeds', 'ORGANIZATION'],
            ['Leeds', 'ORGANIZATION'],
            ['Leeds', 'ORGANIZATION'],
          ]),
        );
        expect(found.map((e) => e.type).sort()).toEqual(['LOCATION', 'ORGANIZATION']);
      }
      // Off the dateline, a lone place reading against four others is still a slip.
      const prose = 'Nice named a coach. Nice lost. Nice won at home. They play in Nice on Sunday, Nice said.';
      const slip = groupMentions(
        prose,
        mentionsOf(prose, [
          ['Nice', 'ORGANIZATION'],
          ['Nice', 'ORGANIZATION'],
          ['Nice', 'ORGANIZATION'],
          ['Nice', 'LOCATION'],
          ['Nice', 'ORGANIZATION'],
        ]),
      );
      expect(summary(slip).map(([type, , readings]) => [type, readings])).toEqual([['ORGANIZATION', 'OOOLO']]);
      // Nor is a fixture's line a dateline: "Nice - Lyon" names two clubs.
      const fixtures = 'Nice - Lyon 2-1\nNice named a coach. Nice lost. Nice won at home.';
      const fixture = groupMentions(
        fixtures,
        mentionsOf(fixtures, [
          ['Nice', 'LOCATION'],
          ['Nice', 'ORGANIZATION'],
          ['Nice', 'ORGANIZATION'],
          ['Nice', 'ORGANIZATION'],
        ]),
      );
      expect(
        summary(fixture)
          .filter(([, name]) => name === 'Nice')
          .map(([type, , readings]) => [type, readings]),
      ).toEqual([['ORGANIZATION', 'LOOO']]);
    });

    it('links nationality words to the country entity they derive from', () => {
      const text = 'A North Korean diplomat left North Korea. Russian, Russian and Russians met the American envoy in the U.S. and a Russian.';
      const ents = groupMentions(
        text,
        mentionsOf(text, [
          ['North Korean', 'MISC'],
          ['North Korea', 'LOCATION'],
          ['Russian', 'MISC'],
          ['Russian', 'MISC'],
          ['Russians', 'MISC'],
          ['American', 'MISC'],
          ['U.S.', 'LOCATION'],
          ['Russian', 'MISC'],
        ]),
      );
      const byName = (n: string) => ents.find((e) => e.name === n);
      expect(byName('North Korean')).toMatchObject({ type: 'MISC', derivedFrom: byName('North Korea')?.id });
      expect(byName('American')).toMatchObject({ type: 'MISC', derivedFrom: byName('United States')?.id });
      expect(byName('Russian')).toMatchObject({ type: 'MISC', derivedFrom: entityId('LOCATION', 'Russia') });
      expect(byName('Russians')?.derivedFrom).toBe(entityId('LOCATION', 'Russia'));
      expect(byName('North Korea')?.derivedFrom).toBeUndefined();
    });

    it('keeps a nationality word the aliases table knows as a place ("Saudi") MISC, linked to the place', () => {
      const text = 'Saudi officials met in Riyadh. Saudi Arabia said the talks went well.';
      const ents = groupMentions(
        text,
        mentionsOf(text, [
          ['Saudi', 'MISC'],
          ['Riyadh', 'LOCATION'],
          ['Saudi Arabia', 'LOCATION'],
        ]),
      );
      const saudi = ents.find((e) => e.name === 'Saudi');
      expect(saudi).toMatchObject({ type: 'MISC', derivedFrom: entityId('LOCATION', 'Saudi Arabia') });
      expect(ents.find((e) => e.name === 'Saudi Arabia')?.mentions.map((m) => m.text)).toEqual(['Saudi Arabia']);
      // Read as a place, the same word is the place.
      const place = 'Oil prices rose in Saudi on Monday.';
      expect(groupMentions(place, mentionsOf(place, [['Saudi', 'LOCATION']])).map((e) => [e.type, e.name])).toEqual([['LOCATION', 'Saudi Arabia']]);
    });

    it('leaves the type of a nationality word to the vote, linking only its MISC entity', () => {
      const text = 'Russian troops, Russian ships, Russian planes and a Russian base. The Indians won; the Indians lost.';
      const ents = groupMentions(
        text,
        mentionsOf(text, [
          ['Russian', 'MISC'],
          ['Russian', 'MISC'],
          ['Russian', 'MISC'],
          ['Russian', 'LOCATION'],
          ['Indians', 'ORGANIZATION'],
          ['Indians', 'ORGANIZATION'],
        ]),
      );
      expect(summary(ents)).toEqual([
        ['MISC', 'Russian', 'MMML'],
        ['ORGANIZATION', 'Indians', 'OO'],
      ]);
      expect(ents.find((e) => e.name === 'Indians')?.derivedFrom).toBeUndefined();
    });

    it('gives a bare surname read once as a place to the person the article names in full', () => {
      const text = 'MaliVai Washington won. Washington served. Washington smiled. Washington ran. Then Washington, after a break, won.';
      const ents = groupMentions(
        text,
        mentionsOf(text, [
          ['MaliVai Washington', 'PERSON'],
          ['Washington', 'PERSON'],
          ['Washington', 'PERSON'],
          ['Washington', 'PERSON'],
          ['Washington', 'LOCATION'],
        ]),
      );
      expect(summary(ents)).toEqual([['PERSON', 'MaliVai Washington', 'PPPPL']]);
      // Without the full name the gazetteer vouches for the city.
      const bare = text.replace('MaliVai Washington won. ', '');
      const e2 = groupMentions(
        bare,
        mentionsOf(bare, [
          ['Washington', 'PERSON'],
          ['Washington', 'PERSON'],
          ['Washington', 'PERSON'],
          ['Washington', 'LOCATION'],
        ]),
      );
      expect(summary(e2)).toEqual([
        ['LOCATION', 'Washington', 'L'],
        ['PERSON', 'Washington', 'PPP'],
      ]);
    });

    it('never turns a person into a nationality word', () => {
      const text = 'Rita Chinese sang. Chinese smiled.';
      const ents = groupMentions(
        text,
        mentionsOf(text, [
          ['Rita Chinese', 'PERSON'],
          ['Chinese', 'PERSON'],
        ]),
      );
      expect(ents).toHaveLength(1);
      expect(ents[0]).toMatchObject({ type: 'PERSON', name: 'Rita Chinese' });
      expect(ents[0].derivedFrom).toBeUndefined();
    });
  });
});
