import { DataSource } from 'typeorm';
import { InboxPruner, InboxStore } from '@newswire/messaging';
import { createStageDataSource, migrateStageSchema } from '@newswire/persistence';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

describe('inbox retention: claims older than the retention are pruned, newer ones stay', () => {
  let env: TestEnvironment;
  let dataSource: DataSource;

  beforeAll(async () => {
    env = await startTestEnvironment();
    dataSource = createStageDataSource({ stage: 'parse', databaseUrl: env.databaseUrl, poolSize: 2 });
    await dataSource.initialize();
    await migrateStageSchema(dataSource, 'parse');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await env?.teardown();
  });

  it('indexes the inbox by age (BRIN) so pruning does not scan the table', async () => {
    const [row] = await dataSource.query(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = 'parse' AND tablename = 'inbox' AND indexname = 'inbox_processed_at_brin'`,
    );
    expect(row?.indexdef).toMatch(/USING brin \(processed_at\)/);
  });

  it('deletes claims past the retention in slices and keeps the rest', async () => {
    // 12 claims from 40 days ago, 3 from yesterday, 2 from now.
    await dataSource.query(
      `INSERT INTO parse.inbox (message_id, message_type, content_hash, processed_at)
       SELECT 'old-' || i, 'article.ingested', 'h', now() - interval '40 days' FROM generate_series(1, 12) i
       UNION ALL SELECT 'recent-' || i, 'article.ingested', 'h', now() - interval '1 day' FROM generate_series(1, 3) i
       UNION ALL SELECT 'new-' || i, 'article.ingested', 'h', now() FROM generate_series(1, 2) i`,
    );
    const inbox = new InboxStore('parse');
    const cutoff = new Date(Date.now() - 30 * 86_400_000);
    // Slices of 5: three statements (5, 5, 2) remove all twelve.
    expect(await inbox.prune(dataSource, cutoff, 5)).toBe(12);
    const left: Array<{ message_id: string }> = await dataSource.query(`SELECT message_id FROM parse.inbox ORDER BY message_id`);
    expect(left.map((r) => r.message_id)).toEqual(['new-1', 'new-2', 'recent-1', 'recent-2', 'recent-3']);
    expect(await inbox.prune(dataSource, cutoff, 5)).toBe(0);
  });

  it('runs through the pruner with the configured retention in days', async () => {
    await dataSource.query(
      `INSERT INTO parse.inbox (message_id, message_type, content_hash, processed_at) VALUES ('two-days', 'x', 'h', now() - interval '2 days')`,
    );
    const pruner = new InboxPruner(dataSource, new InboxStore('parse'), 1);
    await pruner.pruneOnce();
    const left: Array<{ message_id: string }> = await dataSource.query(`SELECT message_id FROM parse.inbox WHERE message_id = 'two-days'`);
    expect(left).toEqual([]);
    const kept: Array<{ message_id: string }> = await dataSource.query(`SELECT message_id FROM parse.inbox WHERE message_id LIKE 'new-%' ORDER BY 1`);
    expect(kept.map((r) => r.message_id)).toEqual(['new-1', 'new-2']);
  });
});
