import { articleBody, EventTypes } from '@newswire/contracts';
import { rehearsalArticle, rehearsalEventBody } from '@newswire/messaging';

const PARAGRAPHS = [
  'Foreign ministers from Germany, France and Japan met in Geneva on Tuesday to discuss the ceasefire, officials said.',
  'The United Nations Secretary-General, Antonio Guterres, urged both sides to open the border crossing at Rafah.',
  'A spokesman for the European Commission in Brussels declined to comment on the proposal.',
];
const NAMES: Array<[name: string, type: 'PERSON' | 'ORGANIZATION' | 'LOCATION']> = [
  ['Geneva', 'LOCATION'],
  ['Germany', 'LOCATION'],
  ['United Nations', 'ORGANIZATION'],
  ['Antonio Guterres', 'PERSON'],
  ['European Commission', 'ORGANIZATION'],
  ['Brussels', 'LOCATION'],
];

/** Made-up article.enriched events for publish's start-up rehearsal: a short article with its entities, as entity-extract would send it. */
export function rehearsalEvents(): Buffer[] {
  return Array.from({ length: 4 }, (_, round) => {
    const paragraphs = PARAGRAPHS.map((_, i) => PARAGRAPHS[(i + round) % PARAGRAPHS.length]);
    const body = articleBody({ paragraphs });
    const entities = NAMES.map(([name, type]) => {
      const start = body.indexOf(name);
      return {
        id: `rehearsal:${name}`,
        type,
        name,
        salience: 0.5,
        inTitle: name === 'Geneva',
        mentions: [[start, start + name.length, type] as [number, number, typeof type]],
      };
    });
    const article = rehearsalArticle(paragraphs, round);
    return rehearsalEventBody(EventTypes.ArticleEnriched, { article, entities }, round);
  });
}
