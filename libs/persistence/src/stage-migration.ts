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

/**
 * The first migration of a stage schema: the schema itself, its messaging tables, then the
 * stage's own tables. Each schema's migration extends the class this returns (TypeORM names a
 * migration after its class).
 */
export function CreateStageSchemaMigration(schema: string, stageTablesSql: string[]): new () => MigrationInterface {
  return class implements MigrationInterface {
    async up(queryRunner: QueryRunner): Promise<void> {
      await runStatements(queryRunner, [createSchemaIfMissingSql(schema), ...createMessagingTablesSql(schema), ...stageTablesSql]);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP SCHEMA "${schema}" CASCADE`);
    }
  };
}

/**
 * Large text columns (raw pages, outbox events) compressed with lz4 instead of the default
 * pglz: the same durability, about half the commit time for page-sized rows. Skipped where
 * the server was built without lz4.
 */
export function lz4CompressionSql(columns: Array<[table: string, column: string]>): string {
  const statements = columns.map(([table, column]) => `EXECUTE 'ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION lz4';`).join('\n      ');
  return `DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
      ${statements}
    END IF;
  END $$`;
}

/** A migration that switches a schema's large columns to lz4 (see lz4CompressionSql). */
export abstract class CompressLargeColumnsMigration implements MigrationInterface {
  protected abstract readonly columns: Array<[table: string, column: string]>;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(lz4CompressionSql(this.columns));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of this.columns) await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION pglz`);
  }
}

/**
 * A BRIN index on the inbox's processed_at, so old claims can be pruned without scanning the table;
 * rows arrive in time order, so the index stays tiny and costs the hot path next to nothing.
 */
export abstract class IndexInboxByAgeMigration implements MigrationInterface {
  protected abstract readonly schema: string;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS inbox_processed_at_brin ON "${this.schema}".inbox USING brin (processed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "${this.schema}".inbox_processed_at_brin`);
  }
}

/**
 * The outbox keeps each event as the bytes it is published as (bytea, written in binary): an
 * event is encoded to UTF-8 once, instead of once for the insert and again for the publish,
 * and the server does not re-validate page-sized text. lz4 as for the other large columns.
 */
export abstract class OutboxBodyAsBytesMigration implements MigrationInterface {
  protected abstract readonly schema: string;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${this.schema}".outbox ALTER COLUMN body TYPE bytea USING convert_to(body, 'UTF8')`);
    await queryRunner.query(lz4CompressionSql([[`"${this.schema}".outbox`, 'body']]));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${this.schema}".outbox ALTER COLUMN body TYPE text USING convert_from(body, 'UTF8')`);
  }
}

/**
 * The W3C trace context (`traceparent`, `tracestate`) of the work that wrote an outbox row, so the
 * relay's publish, however late, continues that article's trace. Null for rows written untraced.
 */
export abstract class AddOutboxTraceContextMigration implements MigrationInterface {
  protected abstract readonly schema: string;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${this.schema}".outbox ADD COLUMN IF NOT EXISTS trace_context jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${this.schema}".outbox DROP COLUMN IF EXISTS trace_context`);
  }
}
