import { randomBytes } from 'crypto';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { DataSource } from 'typeorm';
import { AmqpConnection, ConfirmedPublisher, OutboxRelay, OutboxStore } from '@newswire/messaging';
import { createStageDataSource, migrateStageSchema } from '@newswire/persistence';
import { flushTracing, startTracing, stopTracing } from '@newswire/tracing';
import { connectWithTopology } from './support/declared-connection';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

describe("outbox relay: a sweep's late publish continues the trace the outbox row was written in", () => {
  let env: TestEnvironment;
  let dataSource: DataSource;
  let connection: AmqpConnection;
  // The SDK's own in-memory exporter: the OTLP one cannot run in Jest's VM (test/observability covers it over OTLP).
  const exporter = new InMemorySpanExporter();
  let relay: OutboxRelay;
  let store: OutboxStore;

  beforeAll(async () => {
    env = await startTestEnvironment();
    startTracing('newswire-parse', exporter);
    dataSource = createStageDataSource({ stage: 'parse', databaseUrl: env.databaseUrl, poolSize: 2 });
    await dataSource.initialize();
    await migrateStageSchema(dataSource, 'parse');
    connection = await connectWithTopology(env, 'outbox-trace-test');
    store = new OutboxStore(dataSource, 'parse');
    relay = new OutboxRelay(dataSource, store, new ConfirmedPublisher(connection), env.topology.exchange);
  });

  afterAll(async () => {
    await stopTracing();
    await connection?.close();
    await dataSource?.destroy();
    await env?.teardown();
  });

  it('stores the trace context with the row and publishes it under a publish span of that trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    const handlerSpanId = randomBytes(8).toString('hex');
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await store.insert(runner, [
      {
        id: 'traced-1',
        routingKey: 'article.parsed',
        correlationId: 'c-1',
        body: Buffer.from('{}'),
        traceContext: { traceparent: `00-${traceId}-${handlerSpanId}-01` },
      },
      { id: 'untraced-1', routingKey: 'article.parsed', correlationId: 'c-2', body: Buffer.from('{}') },
    ]);
    await runner.release();
    const [stored] = await dataSource.query(`SELECT trace_context FROM parse.outbox WHERE id = 'traced-1'`);
    expect(stored.trace_context).toEqual({ traceparent: `00-${traceId}-${handlerSpanId}-01` });

    await relay.publishLeftovers(0); // the sweep, as after a crash between commit and publish
    expect(await store.count()).toBe(0);

    const channel = await connection.createChannel();
    const received = new Map<string, Record<string, unknown>>();
    for (;;) {
      const message = await channel.get(env.topology.queue('entity-extract'), { noAck: true });
      if (!message) break;
      received.set(message.properties.messageId as string, message.properties.headers ?? {});
    }
    await channel.close();
    expect(received.get('untraced-1')?.traceparent).toBeUndefined();
    const traceparent = String(received.get('traced-1')?.traceparent);
    const [, sentTraceId, sentSpanId] = traceparent.split('-');
    expect(sentTraceId).toBe(traceId);
    expect(sentSpanId).not.toBe(handlerSpanId);

    await flushTracing();
    const published = exporter.getFinishedSpans().filter((s: ReadableSpan) => s.name === 'publish article.parsed');
    expect(published).toHaveLength(1);
    expect(published[0].resource.attributes['service.name']).toBe('newswire-parse');
    expect(published[0].spanContext()).toMatchObject({ traceId, spanId: sentSpanId });
    expect(published[0].parentSpanContext?.spanId).toBe(handlerSpanId);
  });
});
