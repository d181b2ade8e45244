import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTablesSql } from './migrations/messaging-tables.sql';

/** Runs a list of SQL statements; a schema's migrations are plain, reviewable SQL. */
export async function runStatements(queryRunner: QueryRunner, statements: string[]): Promise<void> {
  for (const statement of statements) await queryRunner.query(statement);
}

/**
 * `CREATE SCHEMA IF NOT EXISTS` still needs CREATE on the database, which a least-privileged
 * stage role (owning a schema provisioned for it) does not have: check first.
 */
export function createSchemaIfMissingSql(schema: string): string {
  return `DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '${schema}') THEN CREATE SCHEMA "${schema}"; END IF;
  END $$`;
}

/** The first migration of a stage schema: the schema itself and its messaging tables. */
export abstract class CreateStageSchemaMigration implements MigrationInterface {
  protected abstract readonly schema: string;
  /** The stage's own tables, created after the messaging tables. */
  protected abstract stageTablesSql(): string[];

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      createSchemaIfMissingSql(this.schema),
      ...createMessagingTablesSql(this.schema),
      ...this.stageTablesSql(),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA "${this.schema}" CASCADE`);
  }
}
