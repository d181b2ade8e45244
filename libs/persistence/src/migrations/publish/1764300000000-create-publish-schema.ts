import { CreateStageSchemaMigration } from '../../stage-migration';
import { PARSED_ARTICLE_COLUMNS } from '../parsed-article-columns.sql';

export class CreatePublishSchema1764300000000 extends CreateStageSchemaMigration('publish', [
  `CREATE TABLE publish.documents (
         ${PARSED_ARTICLE_COLUMNS},
         body text NOT NULL,
         word_count int NOT NULL,
         entities jsonb NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE INDEX documents_created_at_idx ON publish.documents (created_at DESC)`,
  // The entity index behind GET /articles?entity=…: by id, canonical name or any surface form.
  `CREATE TABLE publish.document_entities (
         article_id uuid NOT NULL REFERENCES publish.documents (article_id),
         entity_id text NOT NULL,
         type text NOT NULL,
         name text NOT NULL,
         salience real NOT NULL,
         surface_forms text[] NOT NULL,
         PRIMARY KEY (article_id, entity_id))`,
  `CREATE INDEX document_entities_entity_idx ON publish.document_entities (entity_id)`,
  `CREATE INDEX document_entities_name_idx ON publish.document_entities (lower(name))`,
  `CREATE INDEX document_entities_surface_idx ON publish.document_entities USING gin (surface_forms)`,
]) {}
