import { DataSource } from 'typeorm';
import { EventTypes } from '@newswire/contracts';
import { AmqpConnection, ConfirmedPublisher, decodeEventBody, OutboxRelay, OutboxStore, outgoingEvent } from '@newswire/messaging';
import { createStageDataSource, migrateStageSchema } from '@newswire/persistence';
import { rawArticleContents } from '../apps/ingest/src/submission/raw-article-contents';
import { connectWithTopology } from './support/declared-connection';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

describe("ingest's outbox keeps article.ingested without its page and the sweep restores it from raw_articles", () => {
  let env: TestEnvironment;
  let dataSource: DataSource;
  let connection: AmqpConnection;
  let relay: OutboxRelay;
  let store: OutboxStore;

  beforeAll(async () => {
    env = await startTestEnvironment();
    dataSource = createStageDataSource({ stage: 'ingest', databaseUrl: env.databaseUrl, poolSize: 3 });
    await dataSource.initialize();
    await migrateStageSchema(dataSource, 'ingest');
    connection = await connectWithTopology(env, 'outbox-claim-check-test');
    store = new OutboxStore(dataSource, 'ingest', rawArticleContents);
    relay = new OutboxRelay(dataSource, store, new ConfirmedPublisher(connection), env.topology.exchange);
  });

  afterAll(async () => {
    await connection?.close();
    await dataSource?.destroy();
    await env?.teardown();
  });

  const page = `<html><body><p>"Talks" resume – 평양</p>${'<p>More of the story.</p>'.repeat(2000)}</body></html>`;
  const ingested = (articleId: string) =>
    outgoingEvent(
      EventTypes.ArticleIngested,
      {
        source: null,
        url: null,
        contentType: 'text/html',
        content: page,
        contentHash: articleId.replace(/-/g, '').padEnd(64, '0'),
        receivedAt: '2026-12-02T10:00:00.000Z',
        title: null,
        body: null,
      },
      { articleId, correlationId: `c-${articleId}`, submittedAt: '2026-12-02T10:00:00.000Z', revision: 0 },
    );

  async function insert(rows: ReturnType<typeof ingested>[], rawArticleIds: string[]): Promise<void> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    for (const id of rawArticleIds) {
      await runner.query(`INSERT INTO ingest.raw_articles (id, content_hash, content_type, content) VALUES ($1, $2, 'text/html', $3)`, [id, id, page]);
    }
    await store.insert(runner, rows);
    await runner.release();
  }

  async function drainParseQueue(): Promise<Buffer[]> {
    const channel = await connection.createChannel();
    const bodies: Buffer[] = [];
    for (;;) {
      const message = await channel.get(env.topology.queue('parse'), { noAck: true });
      if (!message) break;
      bodies.push(message.content);
    }
    await channel.close();
    return bodies;
  }

  it('stores the event without the page and publishes a leftover row whole', async () => {
    const articleId = '6f1c1d52-3b7e-4c55-9a0f-0c8f6f7d2a11';
    const row = ingested(articleId);
    await insert([row], [articleId]);
    const [stored] = await dataSource.query(`SELECT octet_length(body) AS bytes FROM ingest.outbox WHERE id = $1`, [row.id]);
    expect(stored.bytes).toBeLessThan(1000);
    expect(row.body.length).toBeGreaterThan(40_000);

    await relay.publishLeftovers(0);
    const [published] = await drainParseQueue();
    expect(published.equals(row.body)).toBe(true);
    expect(decodeEventBody(published)).toMatchObject({ articleId, payload: { content: Buffer.from(page) } });
    expect(await dataSource.query(`SELECT id FROM ingest.outbox`)).toEqual([]);
  });

  it('leaves a row in place, unpublished, when its raw article cannot be found', async () => {
    const articleId = '0b7a3a33-52b4-4f0e-8f6f-4d0e1c2b3a44';
    const row = ingested(articleId);
    await insert([row], []);
    await expect(relay.publishLeftovers(0)).rejects.toThrow(/not in the stage's tables/);
    expect(await drainParseQueue()).toEqual([]);
    expect((await dataSource.query(`SELECT id FROM ingest.outbox`)).map((r: { id: string }) => r.id)).toEqual([row.id]);
  });
});
