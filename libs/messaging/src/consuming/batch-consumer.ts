import { createHash } from 'crypto';
import { Logger } from '@nestjs/common';
import type { Channel, ConsumeMessage, Replies } from 'amqplib';
import type { QueryRunner } from 'typeorm';
import { ContractViolation, EventEnvelope, StageName, submittedAt } from '@newswire/contracts';
import { MessagingMetrics, NO_METRICS } from '@newswire/metrics';
import { endSpans, MessageTrace, startConsumeSpan } from '@newswire/tracing';
import { failureBehavior } from '../failure-behavior';
import { AmqpConnection } from '../connection/amqp-connection';
import { sleep } from '../retry-with-backoff';
import { FailedMessageStore } from '../dead-letter/failed-message-store';
import { OutgoingMessage } from '../publishing/confirmed-publisher';
import { Topology } from '../topology/topology';
import { InboundMessage, MessageProcessor } from './message-processor';

export const ATTEMPT_HEADER = 'x-attempt';

/** Turns a delivery into an envelope, or throws ContractViolation. */
export type DeliveryDecoder = (message: ConsumeMessage) => EventEnvelope;

export interface ConsumingOptions {
  prefetch: number;
  batchSize: number;
  batchLingerMs: number;
  maxAttempts: number;
  retryDelaysMs: number[];
}

export interface BatchConsumerOptions extends ConsumingOptions {
  stage: StageName;
  topology: Topology;
  connection: AmqpConnection;
  processor: MessageProcessor;
  failures: FailedMessageStore;
  decode: DeliveryDecoder;
  /** Where retried and dead-lettered deliveries are counted (none by default). */
  metrics?: MessagingMetrics;
}

interface Delivery extends InboundMessage {
  message: ConsumeMessage;
  channel: Channel;
  /** Where a failed delivery went, once routed (the last routing wins when a batch is rerun). */
  routed?: 'retried' | 'dead_lettered';
  /** The consume span, ended once the delivery is settled. */
  trace: MessageTrace;
}

/**
 * Consumes one stage queue with manual acks. Deliveries are gathered into batches that the
 * MessageProcessor runs in one transaction; a batch is acked once committed (its events are in
 * the outbox), or, when it routed retry or dead-letter copies, once those are confirmed. A
 * handler error spends one of the message's attempts (retry queue with back-off, then the
 * dead-letter queue and the failed-messages table); a contract violation is dead-lettered at
 * once. An unreachable database spends nothing: the batch is held and retried until it is back.
 */
export class BatchConsumer {
  private readonly logger: Logger;
  private channel: Channel | null = null;
  private consumerTag: string | null = null;
  private buffer: Delivery[] = [];
  private lingerTimer: NodeJS.Timeout | null = null;
  /** The last batch taken was full: the queue has more than one batch waiting. */
  private backlogged = false;
  private running: Promise<void> | null = null;
  private stopping = false;
  private readonly queue: string;

  constructor(private readonly options: BatchConsumerOptions) {
    this.logger = new Logger(`BatchConsumer:${options.stage}`);
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
    const delivery: Omit<Delivery, 'trace'> & Partial<Delivery> = { ...inboundMessage(message, this.options.decode), message, channel };
    delivery.trace = startConsumeSpan(this.options.stage, this.queue, message.properties.headers, delivery);
    this.buffer.push(delivery as Delivery);
    this.schedule();
  }

  /**
   * Starts the next batch when it is due. A full batch starts at once. A partial one starts on the
   * next turn of the event loop (taking every delivery of the same socket read) while the queue
   * keeps up, and waits the linger time only when the stage is backlogged (its last batch was
   * full, so more deliveries are on their way): an article arriving at an idle stage never waits
   * for company, and under load batches still fill while one runs.
   */
  private schedule(): void {
    if (this.running || this.buffer.length === 0) return;
    if (this.buffer.length >= this.options.batchSize || this.stopping) return this.pump();
    if (this.lingerTimer) return;
    this.lingerTimer = setTimeout(() => this.pump(), this.backlogged ? this.options.batchLingerMs : 0);
  }

  private pump(): void {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    if (this.running || this.buffer.length === 0) return;
    const batch = this.buffer.splice(0, this.options.batchSize);
    this.backlogged = batch.length === this.options.batchSize;
    this.running = this.processWithRecovery(batch).finally(() => {
      this.running = null;
      this.schedule();
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

  private async processBatch(batch: Delivery[]): Promise<void> {
    const { published } = await this.options.processor.process(batch, (queryRunner, delivery, failure) => this.routeFailure(queryRunner, delivery, failure));
    if (!published) {
      // Redelivered, they are found in the inbox; failure copies are re-derived.
      for (const d of batch) safely(() => d.channel.nack(d.message, false, true));
      endSpans(
        batch.map((d) => d.trace.span),
        new Error('publishing after commit failed; returned to the queue'),
      );
      return;
    }
    // One ack for the batch: its deliveries are the oldest unsettled ones of their channel (taken in
    // delivery order, one batch at a time, the batches before settled), so acking the last with
    // allUpTo settles exactly these, in one frame and one settle at the broker instead of one each.
    const last = batch[batch.length - 1];
    safely(() => last.channel.ack(last.message, true));
    endSpans(batch.map((d) => d.trace.span));
    const metrics = this.options.metrics ?? NO_METRICS;
    for (const d of batch) if (d.routed) metrics.consumed(d.envelope?.type ?? 'invalid', d.routed, d.envelope && submittedAt(d.envelope));
  }

  /** Decides retry or dead-letter for a failed delivery; records dead letters in the transaction. */
  private async routeFailure(queryRunner: QueryRunner, delivery: Delivery, failure: unknown): Promise<OutgoingMessage> {
    const error = failure as Error;
    const permanent = failureBehavior(error) === 'dead-letter';
    const { properties, content, fields } = delivery.message;
    const headers = { ...(properties.headers ?? {}) };
    delivery.routed = !permanent && delivery.attempt < this.options.maxAttempts ? 'retried' : 'dead_lettered';
    if (delivery.routed === 'retried') {
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
    await this.options.failures.record(queryRunner, {
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

/**
 * A delivery as the message processor takes it: its attempt, the sha1 of its content, its id (the
 * envelope's, else the AMQP message id, else the hash), and its envelope — or, when it cannot be
 * decoded, the contract violation that says why.
 */
export function inboundMessage(message: ConsumeMessage, decode: DeliveryDecoder): InboundMessage {
  const attempt = Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 1);
  const contentHash = createHash('sha1').update(message.content).digest('hex');
  const inbound: InboundMessage = {
    attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    contentHash,
    messageId: typeof message.properties.messageId === 'string' && message.properties.messageId ? message.properties.messageId : contentHash,
  };
  try {
    if (inbound.messageId.includes('\u0000')) throw new ContractViolation(['the message id contains a NUL character']);
    const envelope = decode(message);
    if (envelope.id.includes('\u0000')) throw new ContractViolation(['the message id contains a NUL character']);
    inbound.envelope = envelope;
    inbound.messageId = envelope.id;
  } catch (error) {
    inbound.decodeFailure = error instanceof ContractViolation ? error : new ContractViolation([(error as Error).message]);
  }
  return inbound;
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
