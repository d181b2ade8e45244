import { createHash } from 'crypto';
import { Logger } from '@nestjs/common';
import type { Channel, ConsumeMessage, Replies } from 'amqplib';
import type { DataSource, QueryRunner } from 'typeorm';
import { ContractViolation, EventEnvelope, StageName, stageSchema } from '@newswire/contracts';
import { endSpans, inChildSpan, inChildSpans, MessageTrace, startConsumeSpan, withMessageContext } from '@newswire/tracing';
import { failureBehavior } from '../failure-behavior';
import { AmqpConnection } from '../connection/amqp-connection';
import { sleep } from '../retry-with-backoff';
import { FailedMessageStore } from '../dead-letter/failed-message-store';
import { PermanentFailure } from '../errors';
import { InboxStore } from '../inbox/inbox-store';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxRow, OutboxStore } from '../outbox/outbox-store';
import { ConfirmedPublisher, OutgoingMessage } from '../publishing/confirmed-publisher';
import { Topology } from '../topology/topology';
import { StageContext } from './stage-context';

export const ATTEMPT_HEADER = 'x-attempt';

/** A handler failed in a batch run without savepoints: the batch is rolled back and rerun isolated. */
class HandlerFailedInBatch extends Error {
  constructor(messageId: string) {
    super(`handler failed for ${messageId}`);
  }
}

export type StageHandler = (envelope: EventEnvelope, context: StageContext) => Promise<void>;
/** Turns a delivery into an envelope, or throws ContractViolation. */
export type DeliveryDecoder = (message: ConsumeMessage) => EventEnvelope;

export interface BatchConsumerOptions {
  stage: StageName;
  topology: Topology;
  connection: AmqpConnection;
  dataSource: DataSource;
  publisher: ConfirmedPublisher;
  relay: OutboxRelay;
  decode: DeliveryDecoder;
  handle: StageHandler;
  prefetch: number;
  batchSize: number;
  batchLingerMs: number;
  maxAttempts: number;
  retryDelaysMs: number[];
}

interface Delivery {
  message: ConsumeMessage;
  channel: Channel;
  attempt: number;
  messageId: string;
  contentHash: string;
  envelope?: EventEnvelope;
  failure?: unknown;
  trace: MessageTrace;
}

/**
 * Consumes one stage queue with manual acks. Deliveries are gathered into batches that share
 * one transaction and one confirm wait:
 *   inbox claim → handler per message (each in a savepoint) → outbox rows → commit
 *   → publish outbox + retry/dead-letter copies with confirms → ack → delete published rows.
 * A handler error spends one of the message's attempts (retry queue with back-off, then the
 * dead-letter queue and the failed-messages table); a contract violation is dead-lettered at
 * once. An unreachable database spends nothing: the batch is held and retried until it is back.
 */
export class BatchConsumer {
  private readonly logger: Logger;
  private readonly inbox: InboxStore;
  private readonly outbox: OutboxStore;
  private readonly failures: FailedMessageStore;
  private channel: Channel | null = null;
  private consumerTag: string | null = null;
  private buffer: Delivery[] = [];
  private lingerTimer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;
  private readonly queue: string;

  constructor(private readonly options: BatchConsumerOptions) {
    this.logger = new Logger(`BatchConsumer:${options.stage}`);
    const schema = stageSchema(options.stage);
    this.inbox = new InboxStore(schema);
    this.outbox = new OutboxStore(options.dataSource, schema);
    this.failures = new FailedMessageStore(options.dataSource, schema);
    this.queue = options.topology.queue(options.stage);
  }

  /** Starts consuming now and again after every reconnect. */
  async start(): Promise<void> {
    await this.options.connection.onConnected(async () => {
      if (this.stopping) return;
      const channel = await this.options.connection.createChannel();
      channel.on('error', (error: Error) => this.logger.warn(`consume channel error: ${error.message}`));
      channel.on('close', () => {
        if (this.channel === channel) this.channel = null;
        // Unacked deliveries of a closed channel are redelivered by the broker: forget them.
        this.buffer = this.buffer.filter((d) => d.channel !== channel);
      });
      await channel.prefetch(this.options.prefetch);
      this.channel = channel;
      const reply: Replies.Consume = await channel.consume(this.queue, (message) => message && this.accept(channel, message), { noAck: false });
      this.consumerTag = reply.consumerTag;
      this.logger.log(`consuming ${this.queue} (prefetch ${this.options.prefetch}, batch ${this.options.batchSize})`);
    });
  }

  /** Stops taking deliveries, finishes those already taken, then closes the channel. */
  async stop(): Promise<void> {
    this.stopping = true;
    const channel = this.channel;
    if (channel && this.consumerTag) await channel.cancel(this.consumerTag).catch(() => undefined);
    while (this.running || this.buffer.length > 0) {
      if (!this.running) this.pump();
      await this.running;
    }
    if (channel) await channel.close().catch(() => undefined);
    this.channel = null;
  }

  private accept(channel: Channel, message: ConsumeMessage): void {
    const attempt = Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 1);
    const contentHash = createHash('sha1').update(message.content).digest('hex');
    const delivery: Omit<Delivery, 'trace'> & Partial<Delivery> = {
      message,
      channel,
      attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
      contentHash,
      messageId: typeof message.properties.messageId === 'string' && message.properties.messageId ? message.properties.messageId : contentHash,
    };
    try {
      if (delivery.messageId.includes('\u0000')) throw new ContractViolation(['the message id contains a NUL character']);
      delivery.envelope = this.options.decode(message);
      delivery.messageId = delivery.envelope.id;
      if (delivery.messageId.includes('\u0000')) throw new ContractViolation(['the message id contains a NUL character']);
    } catch (error) {
      delivery.failure = error instanceof ContractViolation ? error : new ContractViolation([(error as Error).message]);
    }
    delivery.trace = startConsumeSpan(this.options.stage, this.queue, message.properties.headers, delivery);
    this.buffer.push(delivery as Delivery);
    if (this.buffer.length >= this.options.batchSize) this.pump();
    else if (!this.lingerTimer && !this.running) this.lingerTimer = setTimeout(() => this.pump(), this.options.batchLingerMs);
  }

  private pump(): void {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    if (this.running || this.buffer.length === 0) return;
    const batch = this.buffer.splice(0, this.options.batchSize);
    this.running = this.processWithRecovery(batch).finally(() => {
      this.running = null;
      if (this.buffer.length >= this.options.batchSize || (this.stopping && this.buffer.length > 0)) this.pump();
      else if (this.buffer.length > 0) this.lingerTimer = setTimeout(() => this.pump(), this.options.batchLingerMs);
    });
  }

  private async processWithRecovery(batch: Delivery[]): Promise<void> {
    let delay = 200;
    for (;;) {
      const live = batch.filter((d) => d.channel === this.channel);
      if (live.length === 0) return; // channel gone: the broker redelivers them
      try {
        await this.processBatch(live);
        return;
      } catch (error) {
        if (failureBehavior(error) !== 'hold') {
          if (live.length > 1) {
            // Not the database and not caught per message: find the culprit by going one by one,
            // so the other messages of the batch are not held back with it.
            this.logger.error(`batch of ${live.length} failed (${(error as Error).message}); processing its messages one by one`);
            for (const single of live) await this.processWithRecovery([single]);
            return;
          }
          // A single message that breaks the batch machinery itself: back to the queue after a
          // pause; the quorum queue's delivery limit dead-letters it if it never succeeds.
          this.logger.error(`message ${live[0].messageId} failed outside its handler (${(error as Error).message}); returning it to the queue`);
          await sleep(1000);
          safely(() => live[0].channel.nack(live[0].message, false, true));
          return;
        }
        this.logger.warn(`database unavailable (${(error as Error).message}); holding ${live.length} message(s), retry in ${delay} ms`);
        await sleep(delay);
        delay = Math.min(delay * 2, 5000);
      }
    }
  }

  /**
   * `isolated` runs each handler in a savepoint, so one failing message leaves the others'
   * work in place. That costs two round trips a message, so a batch first runs without them
   * and is rerun isolated only when a handler fails (rare: the rerun repeats the batch's work).
   */
  private async processBatch(batch: Delivery[], isolated = batch.length === 1): Promise<void> {
    const outboxRows: OutboxRow[] = [];
    const failureCopies: OutgoingMessage[] = [];
    const runner = this.options.dataSource.createQueryRunner();
    let committed = false;
    await runner.connect();
    try {
      await runner.startTransaction();
      const valid = batch.filter((d) => d.envelope);
      const claims = await this.inbox.claim(
        runner,
        valid.map((d) => ({ messageId: d.messageId, messageType: d.envelope!.type, contentHash: d.contentHash })),
      );
      for (let i = 0; i < valid.length; i++) {
        if (claims[i] === 'conflict')
          valid[i].failure = new PermanentFailure(`message id ${valid[i].messageId} was already used for different content`, 'DUPLICATE_ID_CONFLICT');
        else if (claims[i] === 'new') await this.handleOne(runner, valid[i], outboxRows, isolated);
      }
      for (const delivery of batch) {
        if (delivery.failure) failureCopies.push(await withMessageContext(delivery.trace, () => this.routeFailure(runner, delivery)));
      }
      await this.outbox.insert(runner, outboxRows);
      await inChildSpans(
        batch.map((d) => d.trace.context),
        'commit',
        () => runner.commitTransaction(),
      );
      committed = true;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      for (const d of batch) if (!(d.failure instanceof ContractViolation)) d.failure = undefined;
      if (!(error instanceof HandlerFailedInBatch)) throw error;
    } finally {
      await runner.release().catch(() => undefined);
    }
    if (!committed) return this.processBatch(batch, true);

    try {
      await this.options.publisher.publishAll([...outboxRows.map((row) => this.options.relay.toMessage(row)), ...failureCopies]);
    } catch (error) {
      // Committed but not confirmed: the outbox sweep publishes the events; the deliveries are
      // redelivered and found in the inbox; failure copies are re-derived on redelivery.
      this.logger.warn(`publishing after commit failed (${(error as Error).message}); returning the batch`);
      for (const d of batch) safely(() => d.channel.nack(d.message, false, true));
      endSpans(
        batch.map((d) => d.trace.span),
        error,
      );
      return;
    }
    for (const d of batch) safely(() => d.channel.ack(d.message));
    endSpans(batch.map((d) => d.trace.span));
    this.options.relay.markPublished(outboxRows.map((row) => row.id));
  }

  private async handleOne(runner: QueryRunner, delivery: Delivery, outboxRows: OutboxRow[], isolated: boolean): Promise<void> {
    const context = new StageContext(delivery.envelope!, runner, delivery.attempt);
    if (!isolated) {
      try {
        await this.handle(delivery, context);
      } catch (error) {
        if (failureBehavior(error) === 'hold') throw error;
        throw new HandlerFailedInBatch(delivery.messageId);
      }
      outboxRows.push(...context.outbox);
      return;
    }
    await runner.query('SAVEPOINT handle_message');
    try {
      await this.handle(delivery, context);
      await runner.query('RELEASE SAVEPOINT handle_message');
      outboxRows.push(...context.outbox);
    } catch (error) {
      if (failureBehavior(error) === 'hold') throw error;
      await runner.query('ROLLBACK TO SAVEPOINT handle_message');
      await this.inbox.release(runner, delivery.messageId);
      delivery.failure = error;
    }
  }

  /** Runs the stage's handler in a span of the message's trace, active so emitted events carry it. */
  private handle(delivery: Delivery, context: StageContext): Promise<void> {
    return inChildSpan(delivery.trace.context, `handle ${delivery.envelope!.type}`, () => this.options.handle(delivery.envelope!, context));
  }

  /** Decides retry or dead-letter for a failed delivery; records dead letters in the transaction. */
  private async routeFailure(runner: QueryRunner, delivery: Delivery): Promise<OutgoingMessage> {
    const error = delivery.failure as Error;
    const permanent = failureBehavior(error) === 'dead-letter';
    const { properties, content, fields } = delivery.message;
    const headers = { ...(properties.headers ?? {}) };
    if (!permanent && delivery.attempt < this.options.maxAttempts) {
      const delays = this.options.retryDelaysMs;
      const delay = delays[Math.min(delivery.attempt - 1, delays.length - 1)];
      this.logger.warn(
        `message ${delivery.messageId} failed (attempt ${delivery.attempt}/${this.options.maxAttempts}), retry in ${delay} ms: ${error.message}`,
      );
      return {
        exchange: '',
        routingKey: this.options.topology.retryQueue(this.options.stage, delay),
        body: content,
        options: { ...copyProperties(properties), mandatory: true, headers: { ...headers, [ATTEMPT_HEADER]: delivery.attempt + 1 } },
      };
    }
    const reason = permanent ? error.message : `failed after ${delivery.attempt} attempt(s): ${error.message}`;
    this.logger.error(`message ${delivery.messageId} dead-lettered: ${reason}`);
    await this.failures.record(runner, {
      messageId: delivery.messageId,
      queue: this.queue,
      routingKey: fields.routingKey || null,
      reason,
      attempts: delivery.attempt,
      properties: { ...copyProperties(properties), headers },
      content,
    });
    return {
      exchange: '',
      routingKey: this.options.topology.deadLetterQueue(this.options.stage),
      body: content,
      options: {
        ...copyProperties(properties),
        mandatory: true,
        headers: {
          ...headers,
          'x-failure-reason': reason.slice(0, 4000),
          'x-failed-at': new Date().toISOString(),
          'x-original-queue': this.queue,
          'x-original-routing-key': fields.routingKey,
          [ATTEMPT_HEADER]: delivery.attempt,
        },
      },
    };
  }
}

function copyProperties(properties: ConsumeMessage['properties']) {
  return {
    messageId: properties.messageId,
    correlationId: properties.correlationId,
    contentType: properties.contentType,
    contentEncoding: properties.contentEncoding,
    type: properties.type,
    timestamp: properties.timestamp,
    appId: properties.appId,
    persistent: true,
  };
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // The channel closed meanwhile; the broker redelivers what was not acked.
  }
}
