import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { StageName, stageSchema } from '@newswire/contracts';
import { STAGE_MIGRATIONS } from './stage-schemas';
import { createSchemaIfMissingSql } from './stage-migration';

export interface StageDataSourceOptions {
  stage: StageName;
  databaseUrl: string;
  poolSize: number;
}

/** A data source bound to one stage's schema: its tables and migrations, nothing of the others. */
export function createStageDataSource(options: StageDataSourceOptions): DataSource {
  const schema = stageSchema(options.stage);
  return new DataSource({
    type: 'postgres',
    url: options.databaseUrl,
    schema,
    // No entity classes: all SQL is explicit and the migrations are the one schema.
    entities: [],
    migrations: STAGE_MIGRATIONS[options.stage],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: ['error'],
    applicationName: `newswire-${options.stage}`,
    extra: { max: options.poolSize, connectionTimeoutMillis: 5000 },
  });
}

/**
 * Applies pending migrations under an advisory lock, so replicas starting together
 * migrate once. The lock is held on a connection of its own, outside the pool, so a pool
 * of one connection still has it free for the migrations. The schema is created first
 * because TypeORM keeps its migrations table in it.
 */
export async function migrateStageSchema(dataSource: DataSource, stage: StageName): Promise<void> {
  const schema = stageSchema(stage);
  const lockName = `newswire-migrate-${schema}`;
  const lock = new Client({ connectionString: (dataSource.options as { url: string }).url, connectionTimeoutMillis: 5000 });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [lockName]);
    try {
      await dataSource.query(createSchemaIfMissingSql(schema));
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [lockName]);
    }
  } finally {
    await lock.end().catch(() => undefined);
  }
}

/**
 * Creates the database named in the URL when it does not exist yet (a fresh machine has none).
 * Only when connecting fails with "does not exist": a least-privileged role never needs more.
 */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const probe = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!name) return;
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error; // created meanwhile by a replica
      });
    }
  } finally {
    await client.end();
  }
}
