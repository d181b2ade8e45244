import { Injectable } from '@nestjs/common';
import type { QueryRunner } from 'typeorm';
import type { BatchWrite } from '@newswire/messaging';
import { preparedQuery } from '@newswire/persistence';

/** One document's effect on an entity's row in the directory: counted once more (+1) or once less (-1). */
export interface EntityCountChange {
  entityId: string;
  type: string;
  name: string;
  /** The mentions' texts as written (empty for -1: a document leaving the index takes none away). */
  aliases: string[];
  /** The same, lower-cased. */
  surfaceForms: string[];
  delta: 1 | -1;
}

/**
 * The net changes, one row per entity, in entity id order so concurrent writers lock rows in the same
 * order. The names and types a new row takes are its first change's, as when each document wrote its
 * own; aliases and surface forms only grow.
 */
const UPSERT_ENTITY_COUNTS = `
  INSERT INTO publish.entities AS known (entity_id, type, name, aliases, surface_forms, article_count)
  SELECT e.entity_id, e.type, e.name, ARRAY(SELECT jsonb_array_elements_text(e.aliases)), ARRAY(SELECT jsonb_array_elements_text(e.surface_forms)), e.delta
  FROM jsonb_to_recordset($1::jsonb) AS e(entity_id text, type text, name text, aliases jsonb, surface_forms jsonb, delta int)
  ORDER BY e.entity_id
  ON CONFLICT (entity_id) DO UPDATE SET
    article_count = known.article_count + excluded.article_count,
    aliases = CASE WHEN excluded.aliases <@ known.aliases THEN known.aliases
              ELSE ARRAY(SELECT DISTINCT a FROM unnest(known.aliases || excluded.aliases) a ORDER BY a) END,
    surface_forms = CASE WHEN excluded.surface_forms <@ known.surface_forms THEN known.surface_forms
                    ELSE ARRAY(SELECT DISTINCT f FROM unnest(known.surface_forms || excluded.surface_forms) f ORDER BY f) END`;

/** Entities no document mentions any more leave the directory. */
const DROP_UNMENTIONED_ENTITIES = `DELETE FROM publish.entities WHERE entity_id = ANY($1::text[]) AND article_count <= 0`;

/**
 * publish.entities: how many documents mention each entity, with every alias and surface form seen.
 * Written once per batch (a BatchWrite): the most mentioned entities are in nearly every document, and
 * updating their rows once per document cost Postgres more CPU than the rest of the document's storing
 * (each update a new row version in five indexes, none reclaimable before the batch commits).
 */
@Injectable()
export class EntityCounts implements BatchWrite<EntityCountChange> {
  async flush(queryRunner: QueryRunner, changes: EntityCountChange[]): Promise<void> {
    const net = new Map<string, { entity_id: string; type: string; name: string; aliases: Set<string>; surface_forms: Set<string>; delta: number }>();
    const decremented = new Set<string>();
    for (const change of changes) {
      let row = net.get(change.entityId);
      if (!row) {
        row = { entity_id: change.entityId, type: change.type, name: change.name, aliases: new Set(), surface_forms: new Set(), delta: 0 };
        net.set(change.entityId, row);
      }
      row.delta += change.delta;
      for (const alias of change.aliases) row.aliases.add(alias);
      for (const form of change.surfaceForms) row.surface_forms.add(form);
      if (change.delta < 0) decremented.add(change.entityId);
    }
    const rows = [...net.values()].map((row) => ({ ...row, aliases: [...row.aliases], surface_forms: [...row.surface_forms] }));
    if (rows.length > 0) await preparedQuery(queryRunner, UPSERT_ENTITY_COUNTS, [JSON.stringify(rows)]);
    if (decremented.size > 0) await preparedQuery(queryRunner, DROP_UNMENTIONED_ENTITIES, [[...decremented]]);
  }
}
