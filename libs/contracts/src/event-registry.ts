import { z } from 'zod';
import { EventType, EventTypes } from './event-types';
import { ArticleSubmittedV1 } from './events/article-submitted.event';
import { ArticleIngestedV1 } from './events/article-ingested.event';
import { ArticleParsedV1 } from './events/article-parsed.event';
import { ArticleEnrichedV1 } from './events/article-enriched.event';
import { ArticlePublishedV1 } from './events/article-published.event';

/** Payload schema of every event type, per schema version: the one list of messages. */
export const EventSchemas = {
  [EventTypes.ArticleSubmitted]: { 1: ArticleSubmittedV1 },
  [EventTypes.ArticleIngested]: { 1: ArticleIngestedV1 },
  [EventTypes.ArticleParsed]: { 1: ArticleParsedV1 },
  [EventTypes.ArticleEnriched]: { 1: ArticleEnrichedV1 },
  [EventTypes.ArticlePublished]: { 1: ArticlePublishedV1 },
} as const satisfies Record<EventType, Record<number, z.ZodTypeAny>>;

/** The version producers write today. */
export const CURRENT_VERSION: Record<EventType, number> = {
  [EventTypes.ArticleSubmitted]: 1,
  [EventTypes.ArticleIngested]: 1,
  [EventTypes.ArticleParsed]: 1,
  [EventTypes.ArticleEnriched]: 1,
  [EventTypes.ArticlePublished]: 1,
};

export type PayloadOf<T extends EventType> = z.infer<(typeof EventSchemas)[T][1]>;
