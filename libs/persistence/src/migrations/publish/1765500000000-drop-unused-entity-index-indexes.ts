import { MigrationInterface, QueryRunner } from 'typeorm';
import { runStatements } from '../../stage-migration';

/**
 * Since the read model (1765000000000) names and surface forms are looked up in publish.entities, and
 * no query reads publish.document_entities by name or surface form: its two indexes on them only cost
 * every document about 34 index entries each, a GIN entry per surface form among them.
 */
export class DropPublishUnusedEntityIndexIndexes1765500000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [`DROP INDEX publish.document_entities_name_idx`, `DROP INDEX publish.document_entities_surface_idx`]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      `CREATE INDEX document_entities_name_idx ON publish.document_entities (lower(name))`,
      `CREATE INDEX document_entities_surface_idx ON publish.document_entities USING gin (surface_forms)`,
    ]);
  }
}
