import { EventType, EventTypes } from './event-types';

/** The four services, the event each consumes and the event each emits. */
export const Stages = {
  ingest: { consumes: EventTypes.ArticleSubmitted, emits: EventTypes.ArticleIngested },
  parse: { consumes: EventTypes.ArticleIngested, emits: EventTypes.ArticleParsed },
  'entity-extract': { consumes: EventTypes.ArticleParsed, emits: EventTypes.ArticleEnriched },
  publish: { consumes: EventTypes.ArticleEnriched, emits: EventTypes.ArticlePublished },
} as const satisfies Record<string, { consumes: EventType; emits: EventType }>;

export type StageName = keyof typeof Stages;

export const STAGE_NAMES = Object.keys(Stages) as StageName[];

/** Postgres schema owned by a stage (identifiers cannot hold '-'). */
export function stageSchema(stage: StageName): string {
  return stage.replace(/-/g, '_');
}
