import { AmqpConnection, ConfirmedPublisher, UnroutableMessageError } from '@newswire/messaging';
import { connectWithTopology } from './support/declared-connection';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

describe('ConfirmedPublisher against the real broker', () => {
  let env: TestEnvironment;
  let connection: AmqpConnection;
  let publisher: ConfirmedPublisher;

  beforeAll(async () => {
    env = await startTestEnvironment();
    connection = await connectWithTopology(env, 'publisher-test');
    publisher = new ConfirmedPublisher(connection);
  });

  afterAll(async () => {
    await connection?.close();
    await env?.teardown();
  });

  const message = (routingKey: string, mandatory: boolean, exchange = env.topology.exchange) => ({
    exchange,
    routingKey,
    body: Buffer.from('{}'),
    options: { mandatory, messageId: routingKey },
  });

  it('resolves once the broker confirmed every message of a batch', async () => {
    const batch = Array.from({ length: 200 }, () => message('article.ingested', true));
    await expect(publisher.publishAll(batch)).resolves.toBeUndefined();
    const channel = await connection.createChannel();
    expect((await channel.checkQueue(env.topology.queue('parse'))).messageCount).toBe(200);
    await channel.purgeQueue(env.topology.queue('parse'));
    await channel.close();
  });

  it('rejects a batch in which a mandatory message reached no queue, instead of reporting it delivered', async () => {
    await expect(publisher.publishAll([message('article.ingested', true), message('article.nobody-listens', true)])).rejects.toThrow(UnroutableMessageError);
    await expect(publisher.publishAll([message('no-such-queue', true, '')])).rejects.toThrow(/no queue is bound for "no-such-queue"/);
  });

  it('accepts an unroutable message that is not mandatory (a notification without subscribers)', async () => {
    await expect(publisher.publishAll([message('article.published', false)])).resolves.toBeUndefined();
  });
});
