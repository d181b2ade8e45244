import type { QueryRunner } from 'typeorm';
import { preparedQuery } from '@newswire/persistence';
import type { CanonicalEntity } from '@newswire/nlp';

/**
 * entity_extract tables: canonical entities shared across articles, the surface forms seen
 * for each, and each article's entities and mentions. Every write is one statement over
 * arrays, so an article costs a fixed number of round trips whatever its entity count.
 */
export class EntityRepository {
  /** Returns false when the article's entities were stored before. */
  async saveArticleEntities(tx: QueryRunner, articleId: string, entities: CanonicalEntity[]): Promise<boolean> {
    const claimed = await preparedQuery(tx, 
      `SELECT 1 FROM entity_extract.article_entities WHERE article_id = $1 LIMIT 1`,
      [articleId],
    );
    if (claimed.length > 0) return false;
    if (entities.length === 0) return true;
    await preparedQuery(tx, 
      `INSERT INTO entity_extract.entities (id, type, name)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (id) DO NOTHING`,
      [entities.map((e) => e.id), entities.map((e) => e.type), entities.map((e) => e.name)],
    );
    const aliases = new Map<string, string>();
    for (const e of entities) for (const m of e.mentions) aliases.set(`${m.text}\u0000${e.id}`, e.id);
    await preparedQuery(tx, 
      `INSERT INTO entity_extract.entity_aliases (alias, entity_id)
       SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      [[...aliases.keys()].map((k) => k.split('\u0000')[0]), [...aliases.values()]],
    );
    await preparedQuery(tx, 
      `INSERT INTO entity_extract.article_entities (article_id, entity_id, salience, in_title, mention_count)
       SELECT $1, * FROM unnest($2::text[], $3::real[], $4::boolean[], $5::int[])`,
      [articleId, entities.map((e) => e.id), entities.map((e) => e.salience), entities.map((e) => e.inTitle), entities.map((e) => e.mentions.length)],
    );
    const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entityId: e.id })));
    await preparedQuery(tx, 
      `INSERT INTO entity_extract.mentions (article_id, start_offset, end_offset, entity_id, text)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[]) ON CONFLICT DO NOTHING`,
      [articleId, mentions.map((m) => m.start), mentions.map((m) => m.end), mentions.map((m) => m.entityId), mentions.map((m) => m.text)],
    );
    return true;
  }
}
