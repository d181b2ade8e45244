import { MigrationInterface, QueryRunner } from 'typeorm';
import { runStatements } from '../../stage-migration';

/**
 * No query reads entity_extract.article_entities by entity: the articles of an entity are publish's
 * read model (publish.document_entities), and canonical entities are never deleted, so no foreign-key
 * check needs it either. The index only cost every stored article one entry per entity (0.075 ms
 * of Postgres CPU per real page's entities, measured on the statement alone).
 */
export class DropEntityExtractUnusedEntityIndex1765600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [`DROP INDEX entity_extract.article_entities_entity_idx`]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [`CREATE INDEX article_entities_entity_idx ON entity_extract.article_entities (entity_id)`]);
  }
}
