import { MigrationInterface, QueryRunner } from 'typeorm';

/** The latest reprocess revision an article was re-emitted at (0: never), so a resumed run skips what it already sent. */
export class AddIngestReprocessRevision1765400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ingest.raw_articles ADD COLUMN IF NOT EXISTS revision bigint NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ingest.raw_articles DROP COLUMN IF EXISTS revision`);
  }
}
