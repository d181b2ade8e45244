import { CreateStageSchemaMigration } from '../../stage-migration';

export class CreateEntityExtractSchema1764300000000 extends CreateStageSchemaMigration('entity_extract', [
  // One row per canonical entity across all articles; the id is derived from type and name.
  `CREATE TABLE entity_extract.entities (
         id text PRIMARY KEY,
         type text NOT NULL,
         name text NOT NULL,
         first_seen_at timestamptz NOT NULL DEFAULT now())`,
  // Every surface form an entity was seen under, so look-ups by alias resolve.
  `CREATE TABLE entity_extract.entity_aliases (
         alias text NOT NULL,
         entity_id text NOT NULL REFERENCES entity_extract.entities (id),
         PRIMARY KEY (alias, entity_id))`,
  `CREATE TABLE entity_extract.article_entities (
         article_id uuid NOT NULL,
         entity_id text NOT NULL REFERENCES entity_extract.entities (id),
         salience real NOT NULL,
         in_title boolean NOT NULL,
         mention_count int NOT NULL,
         PRIMARY KEY (article_id, entity_id))`,
  `CREATE INDEX article_entities_entity_idx ON entity_extract.article_entities (entity_id)`,
  `CREATE TABLE entity_extract.mentions (
         article_id uuid NOT NULL,
         start_offset int NOT NULL,
         end_offset int NOT NULL,
         entity_id text NOT NULL,
         text text NOT NULL,
         PRIMARY KEY (article_id, start_offset))`,
]) {}
