import { MigrationInterface, QueryRunner } from 'typeorm';

/** When a crawler fetched the page (from a WARC record), kept with the raw article; null for direct submissions. */
export class AddIngestFetchedAt1765200000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ingest.raw_articles ADD COLUMN IF NOT EXISTS fetched_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ingest.raw_articles DROP COLUMN IF EXISTS fetched_at`);
  }
}
