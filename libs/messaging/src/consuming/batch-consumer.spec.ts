import { EventEmitter } from 'events';
import type { ConsumeMessage } from 'amqplib';
import type { DataSource, QueryRunner } from 'typeorm';
import { ContractViolation, EventEnvelope, EventTypes, stageEventId } from '@newswire/contracts';
import { AmqpConnection } from '../connection/amqp-connection';
import { PermanentFailure } from '../errors';
import { OutboxRelay } from '../outbox/outbox-relay';
import { ConfirmedPublisher, OutgoingMessage } from '../publishing/confirmed-publisher';
import { createStageStores } from '../stage-stores';
import { Topology } from '../topology/topology';
import { ATTEMPT_HEADER, BatchConsumer } from './batch-consumer';
import { BatchWrite } from './batch-write';
import { MessageProcessor, StageHandler } from './message-processor';

/**
 * The consumer against a stubbed channel and publisher, and an in-memory stand-in for the
 * stage's messaging tables that keeps their transaction and savepoint semantics; the SQL itself
 * is exercised against Postgres by the integration suites.
 */

interface Tables {
  inbox: Map<string, string>;
  outbox: Map<string, string>;
  failed: Array<{ messageId: string; reason: string; attempts: number }>;
}

const copy = (t: Tables): Tables => ({ inbox: new Map(t.inbox), outbox: new Map(t.outbox), failed: [...t.failed] });

class FakeStageDatabase {
  committed: Tables = { inbox: new Map(), outbox: new Map(), failed: [] };
  /** Transactions committed: one per batch. */
  commits = 0;
  /** Set to make the next statements fail as if Postgres had gone away. */
  unavailable = false;

  asDataSource(): DataSource {
    return { createQueryRunner: () => this.queryRunner() } as unknown as DataSource;
  }

  private queryRunner(): QueryRunner {
    let working: Tables | null = null;
    const savepoints: Tables[] = [];
    const tables = () => working ?? this.committed;
    const client = {
      query: async ({ text, values }: { text: string; values: unknown[] }) => {
        if (this.unavailable) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        const t = tables();
        if (text.includes('.inbox') && text.startsWith('INSERT')) {
          const [ids, , hashes] = values as string[][];
          const fresh = ids.filter((id) => !t.inbox.has(id));
          ids.forEach((id, i) => t.inbox.has(id) || t.inbox.set(id, hashes[i]));
          return { rows: fresh.map((message_id) => ({ message_id })) };
        }
        if (text.includes('.inbox') && text.startsWith('SELECT')) {
          return { rows: (values[0] as string[]).map((id) => ({ message_id: id, content_hash: t.inbox.get(id) })) };
        }
        if (text.includes('.inbox') && text.startsWith('DELETE')) {
          t.inbox.delete(values[0] as string);
          return { rows: [] };
        }
        if (text.includes('.outbox') && text.startsWith('WITH confirmed AS (DELETE')) {
          // The confirmed ids first; then one row per VALUES tuple: as many values as the statement names columns (id first, body fourth).
          for (const id of values[0] as string[]) t.outbox.delete(id);
          const columns = /outbox \(([^)]*)\)/.exec(text)![1].split(',').length;
          for (let i = 1; i < values.length; i += columns) if (!t.outbox.has(values[i] as string)) t.outbox.set(values[i] as string, values[i + 3] as string);
          return { rows: [] };
        }
        if (text.includes('.outbox') && text.startsWith('DELETE')) {
          for (const id of values[0] as string[]) t.outbox.delete(id);
          return { rows: [] };
        }
        if (text.includes('.failed_messages') && text.startsWith('INSERT')) {
          t.failed.push({ messageId: values[0] as string, reason: values[3] as string, attempts: values[4] as number });
          return { rows: [] };
        }
        throw new Error(`unexpected statement: ${text}`);
      },
    };
    return {
      connect: async () => client,
      get isTransactionActive() {
        return working !== null;
      },
      startTransaction: async () => {
        working = copy(this.committed);
      },
      commitTransaction: async () => {
        this.commits++;
        this.committed = working!;
        working = null;
      },
      rollbackTransaction: async () => {
        working = null;
      },
      release: async () => undefined,
      query: async (sql: string) => {
        if (sql.startsWith('SAVEPOINT')) savepoints.push(copy(tables()));
        else if (sql.startsWith('RELEASE')) savepoints.pop();
        else if (sql.startsWith('ROLLBACK TO')) working = savepoints.pop()!;
        else throw new Error(`unexpected statement: ${sql}`);
      },
    } as unknown as QueryRunner;
  }
}

/** A channel as the broker keeps it: each delivery gets the next tag, and an ack with allUpTo settles every unsettled tag up to it. */
class StubChannel extends EventEmitter {
  acked: ConsumeMessage[] = [];
  requeued: ConsumeMessage[] = [];
  /** Acks that named a tag already settled: a broker closes the channel for one (PRECONDITION_FAILED). */
  unknownTags: number[] = [];
  deliver: ((message: ConsumeMessage | null) => void) | null = null;
  private nextTag = 1;
  private unsettled: ConsumeMessage[] = [];

  async prefetch(): Promise<void> {}
  async consume(_queue: string, onMessage: (message: ConsumeMessage | null) => void) {
    this.deliver = (message) => {
      if (!message) return onMessage(null);
      const tagged = { ...message, fields: { ...message.fields, deliveryTag: this.nextTag++ } } as ConsumeMessage;
      this.unsettled.push(tagged);
      onMessage(tagged);
    };
    return { consumerTag: 'test' };
  }
  async cancel(): Promise<void> {}
  async close(): Promise<void> {}
  ack(message: ConsumeMessage, allUpTo = false): void {
    const tag = message.fields.deliveryTag;
    if (!this.unsettled.some((m) => m.fields.deliveryTag === tag)) this.unknownTags.push(tag);
    const settled = this.unsettled.filter((m) => (allUpTo ? m.fields.deliveryTag <= tag : m.fields.deliveryTag === tag));
    this.unsettled = this.unsettled.filter((m) => !settled.includes(m));
    this.acked.push(...settled);
  }
  nack(message: ConsumeMessage, _allUpTo: boolean, requeue: boolean): void {
    this.unsettled = this.unsettled.filter((m) => m.fields.deliveryTag !== message.fields.deliveryTag);
    if (requeue) this.requeued.push(message);
  }
}

class StubPublisher {
  published: OutgoingMessage[] = [];
  failNext = false;
  async publishAll(messages: OutgoingMessage[]): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('channel closed');
    }
    this.published.push(...messages);
  }
}

const topology = new Topology('test');
const publishedId = (articleId: string) => stageEventId(EventTypes.ArticlePublished, articleId);

function envelope(articleId: string, id = `enriched:${articleId}`): EventEnvelope {
  return { id, type: EventTypes.ArticleEnriched, version: 2, articleId, correlationId: 'c', occurredAt: new Date(0).toISOString(), payload: { articleId } };
}

function delivery(body: unknown, attempt?: number): ConsumeMessage {
  const content = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return {
    content,
    fields: { deliveryTag: 0, redelivered: false, exchange: '', routingKey: 'article.enriched', consumerTag: 'test' },
    properties: { headers: attempt ? { [ATTEMPT_HEADER]: attempt } : {}, contentType: 'application/json' },
  } as unknown as ConsumeMessage;
}

/** Records each envelope it handles; `failures` says how an article's handling fails. */
function recordingHandler(failures: Record<string, () => Error> = {}) {
  const handled: string[] = [];
  const handle: StageHandler = async (event, context) => {
    handled.push(event.articleId);
    const failure = failures[event.articleId];
    if (failure) throw failure();
    context.emit(EventTypes.ArticlePublished, { title: null, url: null, publishedAt: null, entityIds: [] });
  };
  return { handled, handle };
}

async function startConsumer(handle: StageHandler, options: { batchSize?: number; batchLingerMs?: number; maxAttempts?: number } = {}) {
  const database = new FakeStageDatabase();
  const dataSource = database.asDataSource();
  const channel = new StubChannel();
  const publisher = new StubPublisher();
  const stores = createStageStores(dataSource, 'publish');
  const relay = new OutboxRelay(dataSource, stores.outbox, publisher as unknown as ConfirmedPublisher, topology.exchange);
  const connection = {
    onConnected: async (setup: () => Promise<void>) => setup(),
    createChannel: async () => channel,
  } as unknown as AmqpConnection;
  const consumer = new BatchConsumer({
    stage: 'publish',
    topology,
    connection,
    processor: new MessageProcessor({ dataSource, stores, relay, handle }),
    failures: stores.failures,
    decode: (message) => {
      const body: unknown = JSON.parse(message.content.toString());
      if (typeof body !== 'object' || body === null || !('id' in body)) throw new ContractViolation(['not an envelope']);
      return body as EventEnvelope;
    },
    prefetch: 50,
    batchSize: options.batchSize ?? 10,
    batchLingerMs: options.batchLingerMs ?? 20,
    maxAttempts: options.maxAttempts ?? 3,
    retryDelaysMs: [100, 1000],
  });
  await consumer.start();
  const send = (...messages: ConsumeMessage[]) => messages.forEach((m) => channel.deliver!(m));
  /** Resolves once `count` deliveries in all were acked or returned to the queue. */
  const settled = async (count: number) => {
    const deadline = Date.now() + 5000;
    while (channel.acked.length + channel.requeued.length < count && Date.now() < deadline) await sleep(10);
  };
  return { consumer, channel, publisher, database, relay, send, settled };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const eventsTo = (publisher: StubPublisher, routingKey: string) => publisher.published.filter((m) => m.routingKey === routingKey);

describe('BatchConsumer', () => {
  describe('batching', () => {
    it('processes a partial batch arriving at an idle stage at once, in one transaction, and acks it', async () => {
      const { handled, handle } = recordingHandler();
      const { consumer, channel, publisher, database, send, settled } = await startConsumer(handle, { batchSize: 10, batchLingerMs: 60000 });
      send(delivery(envelope('a')), delivery(envelope('b')), delivery(envelope('c')));
      await settled(3);
      expect(handled).toEqual(['a', 'b', 'c']);
      expect(database.commits).toBe(1);
      expect(channel.acked).toHaveLength(3);
      expect(eventsTo(publisher, EventTypes.ArticlePublished).map((m) => m.options.messageId)).toEqual([publishedId('a'), publishedId('b'), publishedId('c')]);
      await consumer.stop();
    });

    it('settles a batch with one ack that covers exactly its deliveries, not those delivered after it', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const handle: StageHandler = async (event, context) => {
        if (event.articleId === 'c') await gate;
        context.emit(EventTypes.ArticlePublished, { title: null, url: null, publishedAt: null, entityIds: [] });
      };
      const { consumer, channel, send, settled } = await startConsumer(handle, { batchSize: 2, batchLingerMs: 0 });
      send(delivery(envelope('a')), delivery(envelope('b')), delivery(envelope('c')), delivery(envelope('d')), delivery(envelope('e')));
      await settled(2);
      await sleep(30);
      // The second batch (c, d) is held in its handler: only the first is settled, and e waits.
      expect(channel.acked.map((m) => m.fields.deliveryTag)).toEqual([1, 2]);
      release();
      await settled(5);
      expect(channel.acked.map((m) => m.fields.deliveryTag)).toEqual([1, 2, 3, 4, 5]);
      expect(channel.unknownTags).toEqual([]);
      await consumer.stop();
    });

    it('waits the linger time for a partial batch only when backlogged (the batch before it was full)', async () => {
      const { handled, handle } = recordingHandler();
      const { consumer, database, send, settled } = await startConsumer(handle, { batchSize: 2, batchLingerMs: 150 });
      send(delivery(envelope('a')), delivery(envelope('b')), delivery(envelope('c')));
      await sleep(60);
      expect(handled).toEqual(['a', 'b']);
      send(delivery(envelope('d')));
      await settled(4);
      expect(handled).toEqual(['a', 'b', 'c', 'd']);
      expect(database.commits).toBe(2); // c waited for d to fill its batch
      await consumer.stop();
    });

    it('processes a full batch at once, without waiting for the linger time', async () => {
      const { handled, handle } = recordingHandler();
      const { consumer, channel, send, settled } = await startConsumer(handle, { batchSize: 2, batchLingerMs: 60000 });
      send(delivery(envelope('a')), delivery(envelope('b')));
      await settled(2);
      expect(handled).toEqual(['a', 'b']);
      expect(channel.acked).toHaveLength(2);
      await consumer.stop();
    });

    it('deletes the outbox rows it published with the next batch, and keeps them for the sweep when the publish is not confirmed', async () => {
      const { handle } = recordingHandler();
      const { consumer, channel, publisher, database, send, settled } = await startConsumer(handle);
      send(delivery(envelope('a')));
      await settled(1);
      publisher.failNext = true;
      send(delivery(envelope('b')));
      await settled(2);
      // b's event is committed in the outbox: the delivery is settled at commit, not returned to the queue.
      expect(channel.acked).toHaveLength(2);
      expect(channel.requeued).toEqual([]);
      await sleep(20);
      // a's row went with b's outbox insert (one statement); b's stays for the sweep (test/outbox-in-flight.int-spec.ts runs it on Postgres).
      expect([...database.committed.outbox.keys()]).toEqual([publishedId('b')]);
      await consumer.stop();
    });

    it('returns a batch to the queue when the retry copy it routed is not confirmed (the copy exists nowhere else)', async () => {
      const { handle } = recordingHandler({ b: () => new Error('transient') });
      const { consumer, channel, publisher, send, settled } = await startConsumer(handle);
      publisher.failNext = true;
      send(delivery(envelope('b')));
      await settled(1);
      expect(channel.requeued).toHaveLength(1);
      expect(channel.acked).toEqual([]);
      await consumer.stop();
    });

    it('deletes the outbox rows it published when no batch follows, and leaves none behind when it stops', async () => {
      const { handle } = recordingHandler();
      const { consumer, database, relay, send, settled } = await startConsumer(handle);
      send(delivery(envelope('a')));
      await settled(1);
      for (let i = 0; i < 100 && database.committed.outbox.size > 0; i++) await sleep(20);
      expect(database.committed.outbox.size).toBe(0);
      send(delivery(envelope('b')));
      await settled(2);
      await consumer.stop();
      await relay.stop();
      expect(database.committed.outbox.size).toBe(0);
    });
  });

  describe('duplicates', () => {
    it('handles the same id with the same content once within one batch, and acks both copies', async () => {
      const { handled, handle } = recordingHandler();
      const { consumer, channel, publisher, send, settled } = await startConsumer(handle);
      send(delivery(envelope('a')), delivery(envelope('a')), delivery(envelope('b')));
      await settled(3);
      expect(handled).toEqual(['a', 'b']);
      expect(channel.acked).toHaveLength(3);
      expect(eventsTo(publisher, EventTypes.ArticlePublished)).toHaveLength(2);
      await consumer.stop();
    });

    it('dead-letters a reused id with other content, within a batch and across batches', async () => {
      const { handled, handle } = recordingHandler();
      const { consumer, publisher, database, send, settled } = await startConsumer(handle);
      const reused = { ...envelope('x', 'enriched:a') };
      send(delivery(envelope('a')), delivery(reused));
      await settled(2);
      send(delivery({ ...reused, correlationId: 'other' }));
      await settled(3);
      expect(handled).toEqual(['a']);
      const deadLetters = eventsTo(publisher, topology.deadLetterQueue('publish'));
      expect(deadLetters).toHaveLength(2);
      expect(database.committed.failed.map((f) => f.reason)).toEqual([
        'message id enriched:a was already used for different content',
        'message id enriched:a was already used for different content',
      ]);
      await consumer.stop();
    });

    it('acks a redelivery of a processed message without handling it again', async () => {
      const { handled, handle } = recordingHandler();
      const { consumer, channel, publisher, send, settled } = await startConsumer(handle);
      send(delivery(envelope('a')));
      await settled(1);
      send(delivery(envelope('a')));
      await settled(2);
      expect(handled).toEqual(['a']);
      expect(channel.acked).toHaveLength(2);
      expect(eventsTo(publisher, EventTypes.ArticlePublished)).toHaveLength(1);
      await consumer.stop();
    });
  });

  describe('failure routing', () => {
    it('sends a failed message to the retry queue of its back-off step and keeps the rest of the batch', async () => {
      const { handled, handle } = recordingHandler({ b: () => new Error('flaky') });
      const { consumer, channel, publisher, database, send, settled } = await startConsumer(handle);
      send(delivery(envelope('a')), delivery(envelope('b')), delivery(envelope('c')));
      await settled(3);
      // The batch ran without savepoints, failed on b, and was rerun with one savepoint per message.
      expect(handled).toEqual(['a', 'b', 'a', 'b', 'c']);
      expect(channel.acked).toHaveLength(3);
      expect(eventsTo(publisher, EventTypes.ArticlePublished).map((m) => m.options.messageId)).toEqual([publishedId('a'), publishedId('c')]);
      const [retry] = eventsTo(publisher, topology.retryQueue('publish', 100));
      expect(retry.options.headers?.[ATTEMPT_HEADER]).toBe(2);
      expect(JSON.parse(retry.body.toString()).articleId).toBe('b');
      // b's claim was released, so its retry is processed.
      expect(database.committed.inbox.has('enriched:b')).toBe(false);
      expect(database.committed.failed).toEqual([]);
      await consumer.stop();
    });

    it('uses the next back-off step on a later attempt', async () => {
      const { handle } = recordingHandler({ a: () => new Error('flaky') });
      const { consumer, publisher, send, settled } = await startConsumer(handle, { maxAttempts: 5 });
      send(delivery(envelope('a'), 3));
      await settled(1);
      const [retry] = eventsTo(publisher, topology.retryQueue('publish', 1000));
      expect(retry.options.headers?.[ATTEMPT_HEADER]).toBe(4);
      await consumer.stop();
    });

    it('dead-letters a message on its last attempt, with the reason recorded', async () => {
      const { handle } = recordingHandler({ a: () => new Error('still flaky') });
      const { consumer, channel, publisher, database, send, settled } = await startConsumer(handle, { maxAttempts: 3 });
      send(delivery(envelope('a'), 3));
      await settled(1);
      const [deadLetter] = eventsTo(publisher, topology.deadLetterQueue('publish'));
      expect(deadLetter.options.headers?.['x-failure-reason']).toBe('failed after 3 attempt(s): still flaky');
      expect(database.committed.failed).toEqual([{ messageId: 'enriched:a', reason: 'failed after 3 attempt(s): still flaky', attempts: 3 }]);
      expect(channel.acked).toHaveLength(1);
      await consumer.stop();
    });

    it('dead-letters a permanent failure on its first attempt', async () => {
      const { handle } = recordingHandler({ a: () => new PermanentFailure('no article body could be extracted') });
      const { consumer, publisher, database, send, settled } = await startConsumer(handle, { maxAttempts: 3 });
      send(delivery(envelope('a')));
      await settled(1);
      expect(eventsTo(publisher, topology.retryQueue('publish', 100))).toEqual([]);
      expect(database.committed.failed.map((f) => f.reason)).toEqual(['no article body could be extracted']);
      await consumer.stop();
    });

    it('dead-letters a message that cannot be decoded without calling the handler', async () => {
      const { handled, handle } = recordingHandler();
      const { consumer, channel, database, send, settled } = await startConsumer(handle);
      send(delivery('{"not": "an envelope"}'), delivery(envelope('a')));
      await settled(2);
      expect(handled).toEqual(['a']);
      expect(channel.acked).toHaveLength(2);
      expect(database.committed.failed.map((f) => f.reason)).toEqual(['contract violation: not an envelope']);
      await consumer.stop();
    });

    it('holds a batch while the database is unavailable, spending no attempt, and processes it once it is back', async () => {
      const { handled, handle } = recordingHandler();
      const { consumer, channel, publisher, database, send, settled } = await startConsumer(handle);
      database.unavailable = true;
      send(delivery(envelope('a')));
      await sleep(100);
      expect(channel.acked).toHaveLength(0);
      database.unavailable = false;
      await settled(1);
      expect(handled).toEqual(['a']);
      expect(channel.acked).toHaveLength(1);
      expect(publisher.published.map((m) => m.routingKey)).toEqual([EventTypes.ArticlePublished]);
      await consumer.stop();
    });
  });

  describe('batch writes', () => {
    /** A batch write that records each flush's contributions and refuses any that holds `refused`. */
    function recordingBatchWrite(refused?: string) {
      const flushes: string[][] = [];
      const write: BatchWrite<string> = {
        flush: async (_queryRunner, contributions) => {
          flushes.push(contributions);
          if (refused && contributions.includes(refused)) throw new Error(`refused ${refused}`);
        },
      };
      const handle: StageHandler = async (event, context) => {
        if (event.articleId === 'fails') throw new Error('flaky');
        context.addToBatch(write, [event.articleId]);
        context.emit(EventTypes.ArticlePublished, { title: null, url: null, publishedAt: null, entityIds: [] });
      };
      return { flushes, handle };
    }

    it('writes once per batch, in its transaction, with the contributions of every message in order', async () => {
      const { flushes, handle } = recordingBatchWrite();
      const { consumer, channel, database, send, settled } = await startConsumer(handle, { batchSize: 10, batchLingerMs: 60000 });
      send(delivery(envelope('a')), delivery(envelope('b')), delivery(envelope('c')));
      await settled(3);
      expect(flushes).toEqual([['a', 'b', 'c']]);
      expect(database.commits).toBe(1);
      expect(channel.acked).toHaveLength(3);
      await consumer.stop();
    });

    it('leaves out the contributions of a message whose handler failed: the isolated rerun writes those of each message in its savepoint', async () => {
      const { flushes, handle } = recordingBatchWrite();
      const { consumer, publisher, send, settled } = await startConsumer(handle);
      send(delivery(envelope('a')), delivery(envelope('fails')), delivery(envelope('c')));
      await settled(3);
      expect(flushes).toEqual([['a'], ['c']]);
      expect(JSON.parse(eventsTo(publisher, topology.retryQueue('publish', 100))[0].body.toString()).articleId).toBe('fails');
      await consumer.stop();
    });

    it('fails only the message whose contribution the write refused, after rerunning the batch isolated', async () => {
      const { flushes, handle } = recordingBatchWrite('b');
      const { consumer, channel, publisher, send, settled } = await startConsumer(handle);
      send(delivery(envelope('a')), delivery(envelope('b')), delivery(envelope('c')));
      await settled(3);
      expect(flushes).toEqual([['a', 'b', 'c'], ['a'], ['b'], ['c']]);
      expect(channel.acked).toHaveLength(3);
      expect(eventsTo(publisher, EventTypes.ArticlePublished).map((m) => m.options.messageId)).toEqual([publishedId('a'), publishedId('c')]);
      expect(JSON.parse(eventsTo(publisher, topology.retryQueue('publish', 100))[0].body.toString()).articleId).toBe('b');
      await consumer.stop();
    });

    it('holds the batch, spending no attempt, when the write finds the database unavailable', async () => {
      let unavailable = true;
      const flushes: string[][] = [];
      const write: BatchWrite<string> = {
        flush: async (_queryRunner, contributions) => {
          flushes.push(contributions);
          if (unavailable) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        },
      };
      const { consumer, channel, publisher, send, settled } = await startConsumer(async (event, context) => context.addToBatch(write, [event.articleId]));
      send(delivery(envelope('a')));
      await sleep(150);
      expect(channel.acked).toHaveLength(0);
      unavailable = false;
      await settled(1);
      expect(flushes.at(-1)).toEqual(['a']);
      expect(eventsTo(publisher, topology.retryQueue('publish', 100))).toEqual([]);
      await consumer.stop();
    });
  });

  it('finishes the deliveries it holds when stopped', async () => {
    const { handled, handle } = recordingHandler();
    const { consumer, channel, send } = await startConsumer(handle, { batchSize: 10, batchLingerMs: 60000 });
    send(delivery(envelope('a')));
    await consumer.stop();
    expect(handled).toEqual(['a']);
    expect(channel.acked).toHaveLength(1);
  });
});

describe('MessageProcessor.rehearse (start-up rehearsal)', () => {
  function processorWith(handle: StageHandler) {
    const database = new FakeStageDatabase();
    const dataSource = database.asDataSource();
    const publisher = new StubPublisher();
    const stores = createStageStores(dataSource, 'publish');
    const relay = new OutboxRelay(dataSource, stores.outbox, publisher as unknown as ConfirmedPublisher, topology.exchange);
    return { processor: new MessageProcessor({ dataSource, stores, relay, handle }), database, publisher };
  }
  const inbound = (articleId: string) => ({ messageId: `enriched:${articleId}`, contentHash: articleId, attempt: 1, envelope: envelope(articleId) });

  it('runs the handlers in a transaction it rolls back: nothing claimed, stored or published', async () => {
    const rehearsals: boolean[] = [];
    const { handled, handle } = recordingHandler();
    const { processor, database, publisher } = processorWith(async (event, context) => {
      rehearsals.push(context.rehearsal);
      await handle(event, context);
    });
    const outcomes = await processor.rehearse([inbound('a'), inbound('b')]);
    expect(outcomes.map((o) => o.status)).toEqual(['processed', 'processed']);
    expect(handled).toEqual(['a', 'b']);
    expect(rehearsals).toEqual([true, true]);
    expect(database.commits).toBe(0);
    expect(database.committed.inbox.size).toBe(0);
    expect(database.committed.outbox.size).toBe(0);
    expect(publisher.published).toEqual([]);
    // The same messages then arrive for real: nothing of the rehearsal makes them duplicates.
    await processor.process([inbound('a')], async () => null);
    expect(database.commits).toBe(1);
    expect(publisher.published.map((m) => m.routingKey)).toEqual([EventTypes.ArticlePublished]);
  });

  it('reports a failing handler as an outcome, dead-letters nothing and commits nothing', async () => {
    const { handle } = recordingHandler({ b: () => new PermanentFailure('bad', 'BAD') });
    const { processor, database } = processorWith(handle);
    const outcomes = await processor.rehearse([inbound('a'), inbound('b')]);
    expect(outcomes.map((o) => o.status)).toEqual(['processed', 'failed']);
    expect(database.commits).toBe(0);
    expect(database.committed.failed).toEqual([]);
  });
});
