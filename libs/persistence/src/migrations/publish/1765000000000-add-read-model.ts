import { MigrationInterface, QueryRunner } from 'typeorm';
import { runStatements } from '../../stage-migration';

/**
 * The read API's model (issue 16), all derived from what publish already stores:
 * - `seq`: a monotonic number per published document (SSE event ids, stable paging, replay);
 * - `article_date`: the article's own date when it parses, else the publication time (date filter and sort);
 * - `search_config` / `search_vector`: full-text search in the document's language ('simple' when unknown),
 *   title weighted over subtitle over body, kept by Postgres as stored generated columns;
 * - `search_authors`: authors lower-cased for a case-insensitive author filter;
 * - `publish.entities`: one row per entity with its names seen and its article count (the entity index,
 *   autocomplete and "most mentioned" without aggregating the article–entity table on every request);
 * - `document_entities.article_date` / `seq`: an entity's articles over time straight from its index.
 *
 * The language map is written out here (not imported) so that this migration never changes meaning;
 * apps/publish/src/read/search-language.ts lists the same configurations for queries, and the read-model
 * integration test checks the two agree.
 */
const SEARCH_CONFIG_FUNCTION = `
  CREATE FUNCTION publish.search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE lower(split_part(coalesce(language, ''), '-', 1))
      WHEN 'ar' THEN 'pg_catalog.arabic' WHEN 'hy' THEN 'pg_catalog.armenian' WHEN 'eu' THEN 'pg_catalog.basque'
      WHEN 'ca' THEN 'pg_catalog.catalan' WHEN 'da' THEN 'pg_catalog.danish' WHEN 'nl' THEN 'pg_catalog.dutch'
      WHEN 'en' THEN 'pg_catalog.english' WHEN 'fi' THEN 'pg_catalog.finnish' WHEN 'fr' THEN 'pg_catalog.french'
      WHEN 'de' THEN 'pg_catalog.german' WHEN 'el' THEN 'pg_catalog.greek' WHEN 'hi' THEN 'pg_catalog.hindi'
      WHEN 'hu' THEN 'pg_catalog.hungarian' WHEN 'id' THEN 'pg_catalog.indonesian' WHEN 'ga' THEN 'pg_catalog.irish'
      WHEN 'it' THEN 'pg_catalog.italian' WHEN 'lt' THEN 'pg_catalog.lithuanian' WHEN 'ne' THEN 'pg_catalog.nepali'
      WHEN 'no' THEN 'pg_catalog.norwegian' WHEN 'nb' THEN 'pg_catalog.norwegian' WHEN 'nn' THEN 'pg_catalog.norwegian'
      WHEN 'pt' THEN 'pg_catalog.portuguese' WHEN 'ro' THEN 'pg_catalog.romanian' WHEN 'ru' THEN 'pg_catalog.russian'
      WHEN 'sr' THEN 'pg_catalog.serbian' WHEN 'es' THEN 'pg_catalog.spanish' WHEN 'sv' THEN 'pg_catalog.swedish'
      WHEN 'ta' THEN 'pg_catalog.tamil' WHEN 'tr' THEN 'pg_catalog.turkish' WHEN 'yi' THEN 'pg_catalog.yiddish'
      ELSE 'pg_catalog.simple' END)::regconfig
  $$`;

/** An article's own date as a timestamp, or null when it does not parse (dates are free text from the page). */
const ARTICLE_DATE_FUNCTION = `
  CREATE FUNCTION publish.article_date(published_at text) RETURNS timestamptz
  LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
  BEGIN
    IF published_at IS NULL OR published_at !~ '^\\d{4}-\\d{2}-\\d{2}' THEN RETURN NULL; END IF;
    RETURN published_at::timestamptz;
  EXCEPTION WHEN others THEN
    RETURN NULL;
  END $$`;

export class AddPublishReadModel1765000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      SEARCH_CONFIG_FUNCTION,
      ARTICLE_DATE_FUNCTION,
      `ALTER TABLE publish.documents ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`,
      `CREATE UNIQUE INDEX documents_seq_idx ON publish.documents (seq)`,
      `ALTER TABLE publish.documents ADD COLUMN article_date timestamptz`,
      `UPDATE publish.documents SET article_date = coalesce(publish.article_date(published_at), created_at)`,
      `ALTER TABLE publish.documents ALTER COLUMN article_date SET NOT NULL`,
      `CREATE INDEX documents_article_date_idx ON publish.documents (article_date, seq)`,
      `ALTER TABLE publish.documents ADD COLUMN search_config regconfig GENERATED ALWAYS AS (publish.search_config(language)) STORED`,
      `ALTER TABLE publish.documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
         setweight(to_tsvector(publish.search_config(language), coalesce(title, '')), 'A') ||
         setweight(to_tsvector(publish.search_config(language), coalesce(subtitle, '')), 'B') ||
         setweight(to_tsvector(publish.search_config(language), body), 'C')) STORED`,
      `CREATE INDEX documents_search_idx ON publish.documents USING gin (search_vector)`,
      `ALTER TABLE publish.documents ADD COLUMN search_authors jsonb GENERATED ALWAYS AS (lower(authors::text)::jsonb) STORED`,
      `CREATE INDEX documents_authors_idx ON publish.documents USING gin (search_authors jsonb_path_ops)`,
      `CREATE INDEX documents_publisher_idx ON publish.documents (lower(publisher))`,
      `CREATE INDEX documents_language_idx ON publish.documents (language)`,

      `ALTER TABLE publish.document_entities ADD COLUMN seq bigint, ADD COLUMN article_date timestamptz`,
      `UPDATE publish.document_entities de SET seq = d.seq, article_date = d.article_date FROM publish.documents d WHERE d.article_id = de.article_id`,
      `ALTER TABLE publish.document_entities ALTER COLUMN seq SET NOT NULL, ALTER COLUMN article_date SET NOT NULL`,
      `CREATE INDEX document_entities_entity_date_idx ON publish.document_entities (entity_id, article_date, seq)`,
      `DROP INDEX publish.document_entities_entity_idx`,

      `CREATE TABLE publish.entities (
         entity_id text PRIMARY KEY,
         type text NOT NULL,
         name text NOT NULL,
         aliases text[] NOT NULL,
         surface_forms text[] NOT NULL,
         article_count int NOT NULL)`,
      `INSERT INTO publish.entities (entity_id, type, name, aliases, surface_forms, article_count)
       SELECT de.entity_id, min(de.type), min(de.name),
              ARRAY(SELECT DISTINCT f FROM publish.document_entities x, unnest(x.surface_forms) f WHERE x.entity_id = de.entity_id ORDER BY f),
              ARRAY(SELECT DISTINCT f FROM publish.document_entities x, unnest(x.surface_forms) f WHERE x.entity_id = de.entity_id ORDER BY f),
              count(*)
       FROM publish.document_entities de GROUP BY de.entity_id`,
      `CREATE INDEX entities_most_mentioned_idx ON publish.entities (article_count DESC, entity_id)`,
      `CREATE INDEX entities_type_most_mentioned_idx ON publish.entities (type, article_count DESC, entity_id)`,
      `CREATE INDEX entities_name_idx ON publish.entities (lower(name) text_pattern_ops)`,
      `CREATE INDEX entities_surface_forms_idx ON publish.entities USING gin (surface_forms)`,
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      `DROP TABLE publish.entities`,
      `CREATE INDEX document_entities_entity_idx ON publish.document_entities (entity_id)`,
      `DROP INDEX publish.document_entities_entity_date_idx`,
      `ALTER TABLE publish.document_entities DROP COLUMN seq, DROP COLUMN article_date`,
      `ALTER TABLE publish.documents DROP COLUMN search_authors, DROP COLUMN search_vector, DROP COLUMN search_config, DROP COLUMN article_date, DROP COLUMN seq`,
      `DROP FUNCTION publish.article_date(text)`,
      `DROP FUNCTION publish.search_config(text)`,
    ]);
  }
}
