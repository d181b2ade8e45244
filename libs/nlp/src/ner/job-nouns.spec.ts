import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { hashString } from '../util/hash';
import { nameEmployersBeforeJobNouns, typePeopleAfterJobNouns } from './job-nouns';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const listed = (word: string, ...categories: Array<(typeof GAZ_CATEGORIES)[number]>) =>
  categories.map((c) => ({ tokens: [hashString(word)], category: GAZ_CATEGORIES.indexOf(c) }));
// "twitter" a dictionary word on both organisation lists, "police" and "club" dictionary words.
const gazetteer = Gazetteer.build([
  ...listed('council', 'org-word'),
  ...listed('twitter', 'common-word', 'company', 'known-org'),
  ...listed('police', 'common-word'),
  ...listed('club', 'common-word'),
]);

/** The labels a job-noun rule (typePeopleAfterJobNouns by default) leaves for a text tokenized as the tagger does. */
const relabelled = (text: string, labels: number[], rule = typePeopleAfterJobNouns): number[] => relabelledDocument(rule, text, labels, gazetteer);

describe('typePeopleAfterJobNouns', () => {
  it('types a name after a job noun in lower case, or a chief officer in capitals, a person', () => {
    expect(relabelled('Tesla CEO Elon Musk said so .', [3, 0, 3, 4, 0, 0, 0])).toEqual([3, 0, 1, 2, 0, 0, 0]);
    expect(relabelled('SpaceX founder Elon Musk said so .', [3, 0, 5, 6, 0, 0, 0])).toEqual([3, 0, 1, 2, 0, 0, 0]);
    expect(relabelled('said party spokesman Nicholas Burns .', [0, 0, 0, 7, 8, 0])).toEqual([0, 0, 0, 1, 2, 0]);
  });

  it('leaves a name holding an organisation word or a legal form, one after another word, and a person', () => {
    expect(relabelled('the chief executive Legislative Council met .', [0, 0, 0, 3, 4, 0, 0])).toEqual([0, 0, 0, 3, 4, 0, 0]);
    expect(relabelled('its director Acme Holdings Inc said .', [0, 0, 3, 4, 4, 0, 0])).toEqual([0, 0, 3, 4, 4, 0, 0]);
    expect(relabelled('the Ceo Elon Musk said .', [0, 0, 3, 4, 0, 0])).toEqual([0, 0, 3, 4, 0, 0]);
    expect(relabelled('lead manager Goldman Sachs said .', [0, 0, 3, 4, 0, 0])).toEqual([0, 0, 3, 4, 0, 0]);
    expect(relabelled('analyst Dave Smith said .', [0, 1, 2, 0, 0])).toEqual([0, 1, 2, 0, 0]);
  });
});

describe('nameEmployersBeforeJobNouns', () => {
  const named = (text: string, labels: number[]) => relabelled(text, labels, nameEmployersBeforeJobNouns);

  it('names the word left out before an organisation job and its holder', () => {
    expect(named('Tesla chief executive Elon Musk said so .', [0, 0, 0, 1, 2, 0, 0, 0])).toEqual([3, 0, 0, 1, 2, 0, 0, 0]);
    expect(named('said Twitter CEO Jack Dorsey .', [0, 0, 0, 1, 2, 0])).toEqual([0, 3, 0, 1, 2, 0]);
    expect(named('said Amoco spokesman Dan Dietsch .', [0, 0, 0, 1, 2, 0])).toEqual([0, 3, 0, 1, 2, 0]);
  });

  it('leaves a dictionary word, a name the tagger typed, a job without its holder and other jobs', () => {
    expect(named('Police spokeswoman Kim White said .', [0, 0, 1, 2, 0, 0])).toEqual([0, 0, 1, 2, 0, 0]);
    expect(named('Trump spokesman Hogan Gidley said .', [1, 0, 1, 2, 0, 0])).toEqual([1, 0, 1, 2, 0, 0]);
    expect(named('Amoco spokesman said so .', [0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
    expect(named('Mafia boss Nitto Santapaola was there .', [0, 0, 1, 2, 0, 0, 0])).toEqual([0, 0, 1, 2, 0, 0, 0]);
  });
});
