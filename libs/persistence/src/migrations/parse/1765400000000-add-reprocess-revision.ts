import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The revision of the run a parsed article came from, or was last re-emitted at (0: the first): a later
 * revision replaces the row, an earlier one is ignored.
 */
export class AddParseReprocessRevision1765400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE parse.parsed_articles ADD COLUMN IF NOT EXISTS revision bigint NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE parse.parsed_articles DROP COLUMN IF EXISTS revision`);
  }
}
