/** Every event of the pipeline; the event type doubles as its routing key on the topic exchange. */
export const EventTypes = {
  ArticleSubmitted: 'article.submitted',
  ArticleIngested: 'article.ingested',
  ArticleParsed: 'article.parsed',
  ArticleEnriched: 'article.enriched',
  ArticlePublished: 'article.published',
} as const;

export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

export const ALL_EVENT_TYPES: readonly EventType[] = Object.values(EventTypes);

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (ALL_EVENT_TYPES as readonly string[]).includes(value);
}
