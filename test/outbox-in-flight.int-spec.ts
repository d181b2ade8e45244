import { DataSource } from 'typeorm';
import { AmqpConnection, ConfirmedPublisher, OutboxRelay, OutboxStore, OutgoingMessage } from '@newswire/messaging';
import { createStageDataSource, migrateStageSchema } from '@newswire/persistence';
import { connectWithTopology } from './support/declared-connection';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

/** A real publisher whose next publish waits until released, as a confirm does under load; later publishes pass. */
class GatedPublisher extends ConfirmedPublisher {
  private gated: Promise<void> | null = null;
  private openGate: () => void = () => undefined;

  holdNext(): void {
    this.gated = new Promise((resolve) => (this.openGate = resolve));
  }

  release(): void {
    this.openGate();
  }

  override async publishAll(messages: OutgoingMessage[]): Promise<void> {
    const gate = this.gated;
    this.gated = null;
    if (gate) await gate;
    return super.publishAll(messages);
  }
}

describe('outbox relay: rows its consumer is still publishing are not swept', () => {
  let env: TestEnvironment;
  let dataSource: DataSource;
  let connection: AmqpConnection;
  let publisher: GatedPublisher;
  let relay: OutboxRelay;
  let store: OutboxStore;

  beforeAll(async () => {
    env = await startTestEnvironment();
    dataSource = createStageDataSource({ stage: 'parse', databaseUrl: env.databaseUrl, poolSize: 3 });
    await dataSource.initialize();
    await migrateStageSchema(dataSource, 'parse');
    connection = await connectWithTopology(env, 'outbox-in-flight-test');
    store = new OutboxStore(dataSource, 'parse');
    publisher = new GatedPublisher(connection);
    relay = new OutboxRelay(dataSource, store, publisher, env.topology.exchange);
  });

  afterAll(async () => {
    await connection?.close();
    await dataSource?.destroy();
    await env?.teardown();
  });

  async function drainEntityExtractQueue(): Promise<string[]> {
    const channel = await connection.createChannel();
    const ids: string[] = [];
    for (;;) {
      const message = await channel.get(env.topology.queue('entity-extract'), { noAck: true });
      if (!message) break;
      ids.push(message.properties.messageId as string);
    }
    await channel.close();
    return ids;
  }

  it('publishes a committed row once, however long its confirm takes, and a row no one publishes through the sweep', async () => {
    const row = (id: string) => ({ id, routingKey: 'article.parsed', correlationId: `c-${id}`, body: Buffer.from('{}') });
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await store.insert(runner, [row('in-flight-1'), row('left-over-1')]);
    await runner.release();

    publisher.holdNext();
    const publishing = relay.publishCommitted([row('in-flight-1')]);
    await relay.publishLeftovers(0); // a sweep while the consumer waits for its confirm
    expect(await drainEntityExtractQueue()).toEqual(['left-over-1']);
    expect((await dataSource.query(`SELECT id FROM parse.outbox`)).map((r: { id: string }) => r.id)).toEqual(['in-flight-1']);

    publisher.release();
    await publishing;
    // The delete after the confirm is not awaited by the consumer (the sweep would redo it).
    for (let i = 0; i < 100 && (await store.count()) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.count()).toBe(0);
    expect(await drainEntityExtractQueue()).toEqual(['in-flight-1']);

    await relay.publishLeftovers(0); // nothing left: nothing published again
    expect(await drainEntityExtractQueue()).toEqual([]);
  });
});
