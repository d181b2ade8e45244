import type { QueryRunner } from 'typeorm';
import type { CanonicalEntity } from '@newswire/nlp';
import { preparedQuery } from '@newswire/persistence';

/**
 * entity_extract tables: canonical entities shared across articles, the surface forms seen
 * for each, and each article's entities and mentions — written in one statement per article
 * (data-modifying CTEs over one array per column), so an article costs one round trip whatever
 * its size. Foreign keys are checked at the end of the statement, after every CTE has run.
 */
const SAVE_ARTICLE_ENTITIES = `
  WITH entity_rows AS (
    SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::real[], $6::boolean[], $7::int[], $8::text[])
      AS e(entity_id, type, name, salience, in_title, mention_count, derived_from)
  ), mention_rows AS (
    SELECT * FROM unnest($9::int[], $10::int[], $11::text[], $12::text[], $13::text[])
      AS m(start_offset, end_offset, entity_id, surface, type)
  ), new_entities AS (
    INSERT INTO entity_extract.entities (id, type, name)
    SELECT entity_id, type, name FROM entity_rows ON CONFLICT (id) DO NOTHING
  ), new_aliases AS (
    INSERT INTO entity_extract.entity_aliases (alias, entity_id)
    SELECT DISTINCT surface, entity_id FROM mention_rows ON CONFLICT DO NOTHING
  ), stored_entities AS (
    INSERT INTO entity_extract.article_entities (article_id, entity_id, salience, in_title, mention_count, derived_from)
    SELECT $1, entity_id, salience, in_title, mention_count, derived_from FROM entity_rows ON CONFLICT DO NOTHING
    RETURNING entity_id
  ), stored_mentions AS (
    INSERT INTO entity_extract.mentions (article_id, start_offset, end_offset, entity_id, text, type)
    SELECT $1, start_offset, end_offset, entity_id, surface, type FROM mention_rows ON CONFLICT DO NOTHING
  )
  SELECT count(*)::int AS stored FROM stored_entities`;

/** Takes the article for a reprocess revision when no later (or equal) one has it: returns whether it did. */
const CLAIM_REVISION = `
  INSERT INTO entity_extract.article_revisions AS stored (article_id, revision) VALUES ($1, $2)
  ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision WHERE stored.revision < excluded.revision
  RETURNING article_id`;

export class EntityRepository {
  /**
   * Stores the article's entities found in a run of `revision`. The first run (0) stores them once and
   * returns false when they were stored before; a later revision replaces the article's entities and
   * mentions (canonical entities and their aliases stay: other articles share them), an earlier one
   * changes nothing and returns false.
   */
  async storeIfNewer(queryRunner: QueryRunner, articleId: string, entities: CanonicalEntity[], revision: number): Promise<boolean> {
    if (revision === 0) return this.saveArticleEntities(queryRunner, articleId, entities);
    const claimed = await preparedQuery(queryRunner, CLAIM_REVISION, [articleId, revision]);
    if (claimed.length === 0) return false;
    await preparedQuery(queryRunner, `DELETE FROM entity_extract.mentions WHERE article_id = $1`, [articleId]);
    await preparedQuery(queryRunner, `DELETE FROM entity_extract.article_entities WHERE article_id = $1`, [articleId]);
    await this.saveArticleEntities(queryRunner, articleId, entities);
    return true;
  }

  /** Returns false when the article's entities were stored before. */
  private async saveArticleEntities(queryRunner: QueryRunner, articleId: string, entities: CanonicalEntity[]): Promise<boolean> {
    if (entities.length === 0) return true;
    const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entityId: e.id })));
    // One array per column, in the order entity_rows and mention_rows name them.
    const [{ stored }] = await preparedQuery<{ stored: number }>(queryRunner, SAVE_ARTICLE_ENTITIES, [
      articleId,
      entities.map((e) => e.id),
      entities.map((e) => e.type),
      entities.map((e) => e.name),
      entities.map((e) => e.salience),
      entities.map((e) => e.inTitle),
      entities.map((e) => e.mentions.length),
      entities.map((e) => e.derivedFrom ?? null),
      mentions.map((m) => m.start),
      mentions.map((m) => m.end),
      mentions.map((m) => m.entityId),
      mentions.map((m) => m.text),
      mentions.map((m) => m.type),
    ]);
    return stored > 0;
  }
}
