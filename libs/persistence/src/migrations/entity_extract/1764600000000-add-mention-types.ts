import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One entity per thing: each mention keeps the type it was read with (the entity's type is decided over
 * all of them), and a nationality word's article entity links to its country's entity id. Both columns
 * are nullable: rows stored before this migration carry neither.
 */
export class AddEntityExtractMentionTypes1764600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE entity_extract.mentions ADD COLUMN IF NOT EXISTS type text`);
    await queryRunner.query(`ALTER TABLE entity_extract.article_entities ADD COLUMN IF NOT EXISTS derived_from text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE entity_extract.article_entities DROP COLUMN IF EXISTS derived_from`);
    await queryRunner.query(`ALTER TABLE entity_extract.mentions DROP COLUMN IF EXISTS type`);
  }
}
