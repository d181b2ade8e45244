import { MigrationInterface, QueryRunner } from 'typeorm';
import { runStatements } from '../../stage-migration';

/**
 * Documents change version when a reprocess run reaches publish: `documents` holds the newest (its
 * `version`, the `revision` it came from, `updated_at` once replaced), and `document_versions` every
 * version it replaced, as the read API served it.
 */
export class AddPublishDocumentVersions1765400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      `ALTER TABLE publish.documents ADD COLUMN version int NOT NULL DEFAULT 1, ADD COLUMN revision bigint NOT NULL DEFAULT 0, ADD COLUMN updated_at timestamptz`,
      `CREATE TABLE publish.document_versions (
         article_id uuid NOT NULL REFERENCES publish.documents (article_id),
         version int NOT NULL,
         revision bigint NOT NULL,
         document jsonb NOT NULL,
         replaced_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (article_id, version))`,
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      `DROP TABLE publish.document_versions`,
      `ALTER TABLE publish.documents DROP COLUMN updated_at, DROP COLUMN revision, DROP COLUMN version`,
    ]);
  }
}
