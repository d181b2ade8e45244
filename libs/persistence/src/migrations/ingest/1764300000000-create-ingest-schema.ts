import { CreateStageSchemaMigration } from '../../stage-migration';

export class CreateIngestSchema1764300000000 extends CreateStageSchemaMigration('ingest', [
  // content_hash is the de-duplication key: one article per distinct submitted content.
  `CREATE TABLE ingest.raw_articles (
         id uuid PRIMARY KEY,
         content_hash char(64) NOT NULL UNIQUE,
         source text,
         url text,
         external_id text,
         content_type text NOT NULL,
         content text NOT NULL,
         title text,
         body text,
         received_at timestamptz NOT NULL DEFAULT now(),
         submission_count int NOT NULL DEFAULT 1)`,
  `CREATE INDEX raw_articles_url_idx ON ingest.raw_articles (url)`,
]) {}
