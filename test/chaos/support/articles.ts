import { articleIdForContentHash, submissionContentHash } from '@newswire/contracts';

const PEOPLE = ['Angela Merkel', 'Ban Ki-moon', 'Kim Kye-gwan', 'Emmanuel Macron', 'Jacinda Ardern', 'Olaf Scholz', 'Narendra Modi', 'Cyril Ramaphosa'];
const PLACES = ['Berlin', 'Seoul', 'Nairobi', 'Lisbon', 'Toronto', 'Jakarta', 'Lima', 'Oslo'];
const ORGS = ['the United Nations', 'the European Union', 'the World Bank', 'Reuters', 'the African Union', 'NATO'];

/** A short, distinct plain-text article (headline, byline, three paragraphs) numbered `n`. */
export function chaosArticle(n: number, random: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const person = pick(PEOPLE);
  const place = pick(PLACES);
  const org = pick(ORGS);
  return [
    `Talks in ${place} enter day ${n}`,
    '',
    `By Staff Reporter`,
    '',
    `${person} arrived in ${place} on Monday for the ${n}th round of talks, officials said, as ${org} urged both sides to reach an agreement before the end of the month.`,
    '',
    `"We are closer than we have ever been," ${person.split(' ').slice(-1)[0]} told reporters in ${place}, adding that dispatch number ${n} of the series would not be the last.`,
    '',
    `Observers from ${org} said the negotiations in ${place} could resume next week if the delegations agree on a timetable.`,
  ].join('\n');
}

export function articleIdOf(content: string, contentType = 'text/plain'): string {
  return articleIdForContentHash(submissionContentHash(contentType, content, null, null));
}
