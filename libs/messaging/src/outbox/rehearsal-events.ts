import { articleBody, EventType, nameBasedUuid, ParsedArticleFields, PayloadOf } from '@newswire/contracts';
import { outgoingEvent } from './outgoing-event';

/**
 * The body of a made-up event as a stage's queue delivers it, for the stage's start-up rehearsal
 * (AmqpStageTransport's `rehearsal`): an article id of its own per `round`, never a real article's.
 */
export function rehearsalEventBody<T extends EventType>(type: T, payload: PayloadOf<T>, round: number): Buffer {
  const articleId = nameBasedUuid('rehearsal', String(round));
  return outgoingEvent(type, payload, { articleId, correlationId: articleId, submittedAt: new Date().toISOString(), revision: 0 }).body;
}

/** A made-up parsed article of these paragraphs, as the rehearsals of the stages after parse carry it. */
export function rehearsalArticle(paragraphs: string[], round: number): ParsedArticleFields {
  return {
    url: `https://news.example.com/world/geneva-talks-${round}`,
    canonicalUrl: null,
    title: 'Ministers meet in Geneva over ceasefire',
    subtitle: null,
    authors: ['Jane Doe'],
    publisher: 'Example News',
    publishedAt: '2024-03-01T10:00:00Z',
    language: 'en',
    paragraphs,
    wordCount: articleBody({ paragraphs }).split(/\s+/).length,
  };
}
