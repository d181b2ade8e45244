import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The revision an article's stored entities come from, written only by reprocess runs (no row: the
 * first run): a later revision replaces the article's entities and mentions, an earlier one is ignored.
 */
export class AddEntityExtractArticleRevisions1765400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS entity_extract.article_revisions (article_id uuid PRIMARY KEY, revision bigint NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS entity_extract.article_revisions`);
  }
}
