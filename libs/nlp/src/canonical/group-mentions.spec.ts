import { EntityType } from '../entity.types';
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
  it('groups aliases under one canonical name and id', () => {
    const text = 'The U.S. said the United States and the US would talk.';
    const ents = groupMentions(text, mentionsOf(text, [['U.S.', 'LOCATION'], ['United States', 'LOCATION'], ['US', 'ORGANIZATION']]));
    expect(ents).toHaveLength(1);
    expect(ents[0]).toMatchObject({ name: 'United States', type: 'LOCATION' });
    expect(ents[0].mentions.map((m) => m.text)).toEqual(['U.S.', 'United States', 'US']);
  });

  it('attaches a bare surname to the nearest full name introduced before it', () => {
    const text = 'Kim Kye-gwan left. Kim Sung-hwan arrived. Kim said so.';
    const ents = groupMentions(text, mentionsOf(text, [['Kim Kye-gwan', 'PERSON'], ['Kim Sung-hwan', 'PERSON'], ['Kim', 'PERSON']]));
    const sung = ents.find((e) => e.name === 'Kim Sung-hwan');
    expect(sung?.mentions.map((m) => m.text)).toEqual(['Kim Sung-hwan', 'Kim']);
    expect(ents.find((e) => e.name === 'Kim Kye-gwan')?.mentions).toHaveLength(1);
    expect(ents.some((e) => e.name === 'Kim')).toBe(false);
  });

  it('maps "the North" only when one North-place is in the article', () => {
    const one = 'North Korea warned. Talks with the North resume.';
    const e1 = groupMentions(one, mentionsOf(one, [['North Korea', 'LOCATION']]));
    expect(e1[0].mentions.map((m) => m.text)).toEqual(['North Korea', 'the North']);
    const two = 'North Korea and North Carolina. Talks with the North resume.';
    const e2 = groupMentions(two, mentionsOf(two, [['North Korea', 'LOCATION'], ['North Carolina', 'LOCATION']]));
    expect(e2.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('the North');
  });

  it('never turns a person into a country through the aliases table', () => {
    const text = 'Thomas Mann wrote. Mann said.';
    const ents = groupMentions(text, mentionsOf(text, [['Thomas Mann', 'PERSON'], ['Mann', 'PERSON']]));
    expect(ents).toHaveLength(1);
    expect(ents[0]).toMatchObject({ type: 'PERSON', name: 'Thomas Mann' });
  });

  it('marks title entities, keeps types apart and sorts by salience', () => {
    const text = 'Washington met Washington. Paris waited. Paris and Paris again.';
    const ents = groupMentions(
      text,
      mentionsOf(text, [['Washington', 'PERSON'], ['Washington', 'LOCATION'], ['Paris', 'LOCATION'], ['Paris', 'LOCATION'], ['Paris', 'LOCATION']]),
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
      mentionsOf(text, [['Pyongyang', 'LOCATION'], ['Pyongyang', 'LOCATION'], ['Pyongyang', 'ORGANIZATION'], ['Pyongyang', 'LOCATION']]),
    );
    expect(ents.map((e) => [e.type, e.name, e.mentions.length])).toEqual([['LOCATION', 'Pyongyang', 4]]);
  });

  it('title-cases headline-only names but keeps acronyms', () => {
    const text = 'WASHINGTON AND IBM';
    const ents = groupMentions(text, mentionsOf(text, [['WASHINGTON', 'LOCATION'], ['IBM', 'ORGANIZATION']]));
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
});
