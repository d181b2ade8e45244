import { createHash } from 'crypto';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource } from 'typeorm';
import { EventEnvelope, StageName, Stages, stageSchema, validateEnvelope, ContractViolation } from '@newswire/contracts';
import type { ServiceConfig } from '@newswire/config';
import { activeContext, inChildSpan, inChildSpans } from '@newswire/tracing';
import { AmqpConnection } from '../connection/amqp-connection';
import { BatchConsumer, DeliveryDecoder } from '../consuming/batch-consumer';
import { StageContext } from '../consuming/stage-context';
import { PermanentFailure } from '../errors';
import { isPermanent } from '../failure-behavior';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxRow, OutboxStore } from '../outbox/outbox-store';
import { InboxStore } from '../inbox/inbox-store';
import { InboxPruner } from '../inbox/inbox-pruner';
import { FailedMessageStore } from '../dead-letter/failed-message-store';
import { ConfirmedPublisher } from '../publishing/confirmed-publisher';
import { Topology } from '../topology/topology';

/** How often old inbox claims are pruned (and once at start-up). */
const INBOX_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

export interface AmqpStageTransportOptions {
  stage: StageName;
  config: ServiceConfig;
  dataSource: DataSource;
  /** How a delivery becomes an envelope; by default a JSON envelope of the stage's event type. */
  decode?: DeliveryDecoder;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A message body as JSON; invalid UTF-8 or JSON is a contract violation, never silently repaired. */
export function parseJsonMessage(content: Buffer): unknown {
  let text: string;
  try {
    text = strictUtf8.decode(content);
  } catch {
    throw new ContractViolation(['the message body is not valid UTF-8 (send other encodings as contentBase64)']);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ContractViolation([`malformed JSON: ${(error as Error).message}`]);
  }
}

/** The default decoder: a JSON envelope of the one event type the stage consumes. */
export function envelopeDecoder(stage: StageName): DeliveryDecoder {
  return (message) => {
    return validateEnvelope(parseJsonMessage(message.content), Stages[stage].consumes);
  };
}

/**
 * A Nest microservice transport over RabbitMQ for one stage, so handlers stay `@EventPattern`
 * methods while delivery is reliable: manual acks after commit, inbox, outbox with confirms,
 * bounded retries, dead-lettering, and a graceful `close` that finishes in-flight batches.
 */
export class AmqpStageTransport extends Server implements CustomTransportStrategy {
  readonly connection: AmqpConnection;
  readonly topology: Topology;
  readonly relay: OutboxRelay;
  private readonly consumer: BatchConsumer;
  private readonly inbox: InboxStore;
  private readonly outbox: OutboxStore;
  private readonly failures: FailedMessageStore;
  private readonly pruner: InboxPruner;
  private closed: Promise<void> | null = null;

  constructor(private readonly options: AmqpStageTransportOptions) {
    super();
    const { stage, config, dataSource } = options;
    this.connection = new AmqpConnection(config.amqpUrl, stage);
    this.topology = new Topology(config.namespace);
    const publisher = new ConfirmedPublisher(this.connection);
    this.inbox = new InboxStore(stageSchema(stage));
    this.outbox = new OutboxStore(dataSource, stageSchema(stage));
    this.failures = new FailedMessageStore(dataSource, stageSchema(stage));
    this.relay = new OutboxRelay(dataSource, this.outbox, publisher, this.topology.exchange);
    this.pruner = new InboxPruner(dataSource, this.inbox, config.inboxRetentionDays);
    this.consumer = new BatchConsumer({
      stage,
      topology: this.topology,
      connection: this.connection,
      dataSource,
      publisher,
      relay: this.relay,
      decode: options.decode ?? envelopeDecoder(stage),
      handle: (envelope, context) => this.dispatch(envelope, context),
      prefetch: config.prefetch,
      batchSize: config.batchSize,
      batchLingerMs: config.batchLingerMs,
      maxAttempts: config.maxAttempts,
      retryDelaysMs: config.retryDelaysMs,
    });
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error) => callback(error),
    );
  }

  private async start(): Promise<void> {
    const { stage, config } = this.options;
    await this.connection.connect(config.connectTimeoutMs);
    await this.connection.onConnected((connection) => this.topology.declareAsStage(() => connection.createChannel(), stage, config.retryDelaysMs));
    this.relay.start(config.outboxSweepMs);
    // Not awaited: consuming starts at once; events a previous run committed but never published go out meanwhile.
    void this.relay.sweepNow();
    this.pruner.start(INBOX_PRUNE_INTERVAL_MS);
    await this.consumer.start();
  }

  /** Stops consuming, finishes in-flight batches, flushes the outbox, closes the connection. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      await this.consumer.stop();
      await this.pruner.stop();
      await this.relay.stop();
      await this.relay.publishLeftovers(0).catch(() => undefined);
      await this.connection.close();
    })();
    return this.closed;
  }

  /**
   * Runs an event through the stage's handler outside the broker (e.g. an HTTP submission):
   * the same inbox, handler, outbox and commit as a delivery, then the events go out at once.
   * A permanent failure is recorded in the failed-messages table and rethrown to the caller.
   */
  async handleDirect(envelope: EventEnvelope, source: { queue: string; content: Buffer }): Promise<'processed' | 'duplicate'> {
    const contentHash = createHash('sha1').update(source.content).digest('hex');
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    let rows: OutboxRow[] = [];
    let outcome: 'processed' | 'duplicate' = 'processed';
    try {
      await runner.startTransaction();
      const [claim] = await this.inbox.claim(runner, [{ messageId: envelope.id, messageType: envelope.type, contentHash }]);
      if (claim === 'conflict') throw new PermanentFailure(`message id ${envelope.id} was already used for different content`, 'DUPLICATE_ID_CONFLICT');
      if (claim === 'duplicate') outcome = 'duplicate';
      else {
        const context = new StageContext(envelope, runner, 1);
        await inChildSpan(activeContext(), `handle ${envelope.type}`, () => this.dispatch(envelope, context));
        rows = context.outbox;
        await this.outbox.insert(runner, rows);
      }
      await inChildSpans([activeContext()], 'commit', () => runner.commitTransaction());
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      if (isPermanent(error)) {
        await this.recordRejected(source, envelope.id, error.message, envelope.type).catch(() => undefined);
      }
      throw error;
    } finally {
      await runner.release().catch(() => undefined);
    }
    await this.relay.publishNow(rows);
    return outcome;
  }

  /** Keeps a submission refused outside the broker (e.g. invalid over HTTP), with its reason. */
  async recordRejected(source: { queue: string; content: Buffer }, messageId: string, reason: string, routingKey: string | null = null): Promise<void> {
    const runner = this.options.dataSource.createQueryRunner();
    try {
      await this.failures.record(runner, {
        messageId,
        queue: source.queue,
        routingKey,
        reason,
        attempts: 1,
        properties: {},
        content: source.content,
      });
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  on(): void {
    // Connection events are handled inside AmqpConnection (reconnect with back-off).
  }

  unwrap<T>(): T {
    return this.connection as unknown as T;
  }

  private async dispatch(envelope: EventEnvelope, context: StageContext): Promise<void> {
    this.logger.debug?.(`handling ${envelope.type} v${envelope.version} (attempt ${context.attempt})`);
    const handler = this.getHandlerByPattern(envelope.type);
    if (!handler) throw new PermanentFailure(`no handler for ${envelope.type} in ${this.options.stage}`);
    const result = await handler(envelope, context);
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
