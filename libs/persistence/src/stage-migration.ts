import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTablesSql } from './migrations/messaging-tables.sql';

/** Runs a list of SQL statements; a schema's migrations are plain, reviewable SQL. */
export async function runStatements(queryRunner: QueryRunner, statements: string[]): Promise<void> {
  for (const statement of statements) await queryRunner.query(statement);
}

/** The first migration of a stage schema: the schema itself and its messaging tables. */
export abstract class CreateStageSchemaMigration implements MigrationInterface {
  protected abstract readonly schema: string;
  /** The stage's own tables, created after the messaging tables. */
  protected abstract stageTablesSql(): string[];

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      `CREATE SCHEMA IF NOT EXISTS "${this.schema}"`,
      ...createMessagingTablesSql(this.schema),
      ...this.stageTablesSql(),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA "${this.schema}" CASCADE`);
  }
}
