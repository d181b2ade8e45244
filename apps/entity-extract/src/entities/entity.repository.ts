import type { QueryRunner } from 'typeorm';
import type { CanonicalEntity } from '@newswire/nlp';
import { preparedQuery } from '@newswire/persistence';

/**
 * entity_extract tables: canonical entities shared across articles, the surface forms seen
 * for each, and each article's entities and mentions — written in one statement per article
 * (data-modifying CTEs over arrays), so an article costs one round trip whatever its size.
 * Foreign keys are checked at the end of the statement, after every CTE has run.
 */
const SAVE_ARTICLE_ENTITIES = `
  WITH new_entities AS (
    INSERT INTO entity_extract.entities (id, type, name)
    SELECT * FROM unnest($2::text[], $3::text[], $4::text[]) ON CONFLICT (id) DO NOTHING
  ), new_aliases AS (
    INSERT INTO entity_extract.entity_aliases (alias, entity_id)
    SELECT DISTINCT * FROM unnest($5::text[], $6::text[]) ON CONFLICT DO NOTHING
  ), article_rows AS (
    INSERT INTO entity_extract.article_entities (article_id, entity_id, salience, in_title, mention_count, derived_from)
    SELECT $1, * FROM unnest($2::text[], $7::real[], $8::boolean[], $9::int[], $14::text[]) ON CONFLICT DO NOTHING
    RETURNING entity_id
  ), mention_rows AS (
    INSERT INTO entity_extract.mentions (article_id, start_offset, end_offset, entity_id, text, type)
    SELECT $1, * FROM unnest($10::int[], $11::int[], $12::text[], $13::text[], $15::text[]) ON CONFLICT DO NOTHING
  )
  SELECT count(*)::int AS stored FROM article_rows`;

export class EntityRepository {
  /** Returns false when the article's entities were stored before. */
  async saveArticleEntities(queryRunner: QueryRunner, articleId: string, entities: CanonicalEntity[]): Promise<boolean> {
    if (entities.length === 0) return true;
    const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entityId: e.id })));
    const [{ stored }] = await preparedQuery<{ stored: number }>(queryRunner, SAVE_ARTICLE_ENTITIES, [
      articleId,
      entities.map((e) => e.id),
      entities.map((e) => e.type),
      entities.map((e) => e.name),
      mentions.map((m) => m.text),
      mentions.map((m) => m.entityId),
      entities.map((e) => e.salience),
      entities.map((e) => e.inTitle),
      entities.map((e) => e.mentions.length),
      mentions.map((m) => m.start),
      mentions.map((m) => m.end),
      mentions.map((m) => m.entityId),
      mentions.map((m) => m.text),
      entities.map((e) => e.derivedFrom ?? null),
      mentions.map((m) => m.type),
    ]);
    return stored > 0;
  }
}
