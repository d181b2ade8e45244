import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { StageName, stageSchema } from '@newswire/contracts';
import { FailedMessage } from './entities/failed-message.entity';
import { InboxMessage } from './entities/inbox-message.entity';
import { OutboxMessage } from './entities/outbox-message.entity';
import { STAGE_MIGRATIONS } from './stage-schemas';

export interface StageDataSourceOptions {
  stage: StageName;
  databaseUrl: string;
  poolSize: number;
  /** The stage's own entity classes, beside the messaging ones. */
  entities?: Function[];
}

/** A data source bound to one stage's schema: its tables and migrations, nothing of the others. */
export function createStageDataSource(options: StageDataSourceOptions): DataSource {
  const schema = stageSchema(options.stage);
  return new DataSource({
    type: 'postgres',
    url: options.databaseUrl,
    schema,
    entities: [InboxMessage, OutboxMessage, FailedMessage, ...(options.entities ?? [])],
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
 * migrate once. The schema is created first because TypeORM keeps its migrations table in it.
 */
export async function migrateStageSchema(dataSource: DataSource, stage: StageName): Promise<void> {
  const schema = stageSchema(stage);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext($1))`, [`newswire-migrate-${schema}`]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`newswire-migrate-${schema}`]);
    }
  } finally {
    await runner.release();
  }
}

/** Creates the database named in the URL when it does not exist yet (a fresh machine has none). */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
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
