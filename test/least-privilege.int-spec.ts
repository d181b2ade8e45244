import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { STAGE_NAMES, StageName } from '@newswire/contracts';
import { createStageDataSource, migrateStageSchema, provisionStageRoles, stageRoleName } from '@newswire/persistence';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

describe('least-privileged Postgres roles: each stage can write only its own schema', () => {
  let env: TestEnvironment;
  let admin: Client;
  const prefix = `nwtest_${randomBytes(3).toString('hex')}`;
  const passwords = Object.fromEntries(STAGE_NAMES.map((s) => [s, `pw-${s}-${randomBytes(6).toString('hex')}`])) as Record<StageName, string>;
  const urlFor = (stage: StageName) => {
    const url = new URL(env.databaseUrl);
    url.username = stageRoleName(prefix, stage);
    url.password = passwords[stage];
    return url.toString();
  };

  beforeAll(async () => {
    env = await startTestEnvironment();
    admin = new Client({ connectionString: env.databaseUrl });
    await admin.connect();
    await provisionStageRoles(admin, { database: new URL(env.databaseUrl).pathname.slice(1), rolePrefix: prefix, passwords });
  });

  afterAll(async () => {
    await admin?.end();
    await env?.teardown(); // drops the database first, so the roles own nothing any more
    const cleanup = new Client({ connectionString: process.env.TEST_DATABASE_URL ?? env.databaseUrl });
    await cleanup.connect().catch(() => undefined);
    for (const stage of STAGE_NAMES) await cleanup.query(`DROP ROLE IF EXISTS "${stageRoleName(prefix, stage)}"`).catch(() => undefined);
    await cleanup.end().catch(() => undefined);
  });

  it('migrates every stage schema as that stage’s own role', async () => {
    for (const stage of STAGE_NAMES) {
      const dataSource = createStageDataSource({ stage, databaseUrl: urlFor(stage), poolSize: 1 });
      await dataSource.initialize();
      try {
        await migrateStageSchema(dataSource, stage);
        await migrateStageSchema(dataSource, stage); // idempotent
      } finally {
        await dataSource.destroy();
      }
    }
  });

  it('lets a stage write its schema and refuses every other schema and public', async () => {
    const parse = new Client({ connectionString: urlFor('parse') });
    await parse.connect();
    try {
      await parse.query(`INSERT INTO parse.inbox (message_id, message_type, content_hash) VALUES ('m1', 'article.ingested', 'h')`);
      await expect(parse.query('SELECT * FROM ingest.raw_articles')).rejects.toThrow(/permission denied/);
      await expect(parse.query(`INSERT INTO publish.inbox (message_id, message_type, content_hash) VALUES ('m1', 'x', 'h')`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(parse.query('CREATE TABLE public.sneaky (x int)')).rejects.toThrow(/permission denied/);
      await expect(parse.query('CREATE SCHEMA other')).rejects.toThrow(/permission denied/);
    } finally {
      await parse.end();
    }
  });
});
