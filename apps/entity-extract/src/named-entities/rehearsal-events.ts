import { EventTypes } from '@newswire/contracts';
import { rehearsalArticle, rehearsalEventBody } from '@newswire/messaging';
import { warmUpText } from '@newswire/nlp';

/** Made-up article.parsed events for entity-extract's start-up rehearsal: the warm-up article, as parse would send it. */
export function rehearsalEvents(): Buffer[] {
  return Array.from({ length: 4 }, (_, round) => rehearsalEventBody(EventTypes.ArticleParsed, rehearsalArticle(warmUpText(round).split('\n\n'), round), round));
}
