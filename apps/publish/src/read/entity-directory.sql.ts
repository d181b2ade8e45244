import { canonicalName, entityId, lookupAlias } from '@newswire/nlp';
import { ENTITY_TYPES, EntityType } from './article-query';

/**
 * The entities a filter value names: by id, the ids its canonical name gives per type ($4), canonical
 * name (also the canonical name of a known alias such as "N.K."), or any surface form seen in an
 * article; optionally of one type.
 */
const RESOLVE_ENTITY = `
  SELECT entity_id FROM publish.entities
  WHERE (entity_id = $1 OR entity_id = ANY($4::text[]) OR lower(name) = lower($1) OR lower(name) = lower($2) OR surface_forms @> ARRAY[lower($1)])
    AND ($3::text IS NULL OR type = $3)`;

/**
 * The statement resolving a filter value: a known alias also names its canonical entity, and a name
 * names the entity whose id it gives, however it is accented ("Zurich" finds "Zürich").
 */
export function resolveEntityStatement(entity: string, type?: EntityType): { text: string; values: unknown[] } {
  const canonical = lookupAlias(entity)?.name ?? entity;
  const ids = (type ? [type] : ENTITY_TYPES).map((t) => entityId(t, canonicalName(t, canonical)));
  return { text: RESOLVE_ENTITY, values: [entity, canonical, type ?? null, ids] };
}

/** Most mentioned first, optionally of one type and/or with a name prefix (autocomplete). */
export function entityListStatement(type: EntityType | undefined, prefix: string | undefined, limit: number): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where: string[] = [];
  if (type) where.push(`type = $${values.push(type)}`);
  // A LIKE prefix (wildcards escaped) uses the text_pattern_ops index on lower(name).
  if (prefix) where.push(`lower(name) LIKE $${values.push(prefix.toLowerCase().replace(/[\\%_]/g, '\\$&') + '%')}`);
  return {
    text: `SELECT entity_id, type, name, article_count FROM publish.entities ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY article_count DESC, entity_id LIMIT $${values.push(limit)}`,
    values,
  };
}

export const ENTITY_BY_ID = `SELECT entity_id, type, name, aliases, article_count FROM publish.entities WHERE entity_id = $1`;

/** The entities sharing most articles with $1, over its latest 1,000 articles. */
export const CO_OCCURRING = `
  SELECT e.entity_id, e.type, e.name, e.article_count, c.together FROM (
    SELECT o.entity_id, count(*) AS together
    FROM (SELECT article_id FROM publish.document_entities WHERE entity_id = $1 ORDER BY article_date DESC, seq DESC LIMIT 1000) mine
    JOIN publish.document_entities o ON o.article_id = mine.article_id AND o.entity_id <> $1
    GROUP BY o.entity_id ORDER BY together DESC, o.entity_id LIMIT $2) c
  JOIN publish.entities e ON e.entity_id = c.entity_id
  ORDER BY c.together DESC, e.entity_id`;

export const ARTICLES_BY_MONTH = `
  SELECT to_char(date_trunc('month', article_date AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, count(*) AS count
  FROM publish.document_entities WHERE entity_id = $1 GROUP BY 1 ORDER BY 1`;
