import { z } from 'zod';
import { EventType, EventTypes } from './event-types';
import { ArticleSubmittedV1 } from './events/article-submitted.event';
import { ArticleIngestedV1 } from './events/article-ingested.event';
import { ArticleParsedV1 } from './events/article-parsed.event';
import { ArticleEnrichedV1, ArticleEnrichedV2 } from './events/article-enriched.event';
import { ArticlePublishedV1 } from './events/article-published.event';

/** Payload schema of every event type, per schema version: the one list of messages. */
export const EventSchemas = {
  [EventTypes.ArticleSubmitted]: { 1: ArticleSubmittedV1 },
  [EventTypes.ArticleIngested]: { 1: ArticleIngestedV1 },
  [EventTypes.ArticleParsed]: { 1: ArticleParsedV1 },
  [EventTypes.ArticleEnriched]: { 1: ArticleEnrichedV1, 2: ArticleEnrichedV2 },
  [EventTypes.ArticlePublished]: { 1: ArticlePublishedV1 },
} as const satisfies Record<EventType, Record<number, z.ZodTypeAny>>;

/**
 * The version producers write today. A new version is added beside the old ones, and consumers accept
 * every listed version, so a consumer is upgraded before its producer writes the new one.
 */
export const CURRENT_VERSION = {
  [EventTypes.ArticleSubmitted]: 1,
  [EventTypes.ArticleIngested]: 1,
  [EventTypes.ArticleParsed]: 1,
  [EventTypes.ArticleEnriched]: 2,
  [EventTypes.ArticlePublished]: 1,
} as const satisfies Record<EventType, number>;

type CurrentSchema<T extends EventType> = (typeof EventSchemas)[T][(typeof CURRENT_VERSION)[T] & keyof (typeof EventSchemas)[T]];

/** The payload a producer writes: the current version's shape. */
export type PayloadOf<T extends EventType> = CurrentSchema<T> extends z.ZodTypeAny ? z.infer<CurrentSchema<T>> : never;
