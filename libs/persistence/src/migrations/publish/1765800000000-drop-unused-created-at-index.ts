import { MigrationInterface, QueryRunner } from 'typeorm';
import { runStatements } from '../../stage-migration';

/**
 * Lists and paging read publish.documents by article_date and seq (1765000000000), search by rank and
 * seq: no query orders or filters documents by created_at, so its index only costs every document an
 * entry and every vacuum a pass. (In psql, 100,000 rows inserted with and without it took the same time
 * within noise: the cost is small, and it buys nothing.)
 */
export class DropPublishUnusedCreatedAtIndex1765800000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [`DROP INDEX publish.documents_created_at_idx`]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [`CREATE INDEX documents_created_at_idx ON publish.documents (created_at DESC)`]);
  }
}
