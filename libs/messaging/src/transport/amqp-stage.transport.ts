import { createHash } from 'crypto';
import type { ConsumeMessage } from 'amqplib';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource, QueryRunner } from 'typeorm';
import { EventEnvelope, StageName, Stages, validateEnvelope } from '@newswire/contracts';
import { MessagingMetrics, NO_METRICS, QueueSample } from '@newswire/metrics';
import { AmqpConnection } from '../connection/amqp-connection';
import { BatchConsumer, ConsumingOptions, DeliveryDecoder, inboundMessage } from '../consuming/batch-consumer';
import { MessageOutcome, MessageProcessor } from '../consuming/message-processor';
import { StageContext } from '../consuming/stage-context';
import { PermanentFailure } from '../errors';
import { isPermanent } from '../failure-behavior';
import { AttachmentSource } from '../outbox/outbox-attachments';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxRow } from '../outbox/outbox-store';
import { InboxPruner } from '../inbox/inbox-pruner';
import { FailedMessageRecord } from '../dead-letter/failed-message-store';
import { ConfirmedPublisher } from '../publishing/confirmed-publisher';
import { createStageStores, StageStores } from '../stage-stores';
import { sampleQueues } from '../topology/queue-stats';
import { decodeEventBody } from './event-body';
import { Topology } from '../topology/topology';

/** How often old inbox claims are pruned (and once at start-up). */
const INBOX_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/** What the transport needs to know, and nothing else of the service's configuration. */
export interface AmqpStageTransportOptions {
  stage: StageName;
  amqpUrl: string;
  /** Prefix of every exchange and queue name. */
  namespace: string;
  dataSource: DataSource;
  consuming: ConsumingOptions;
  connectTimeoutMs: number;
  outboxSweepMs: number;
  inboxRetentionDays: number;
  /** How a delivery becomes an envelope; by default a JSON envelope of the stage's event type. */
  decode?: DeliveryDecoder;
  /** Where consumption, publishing and handler timings are reported (none by default). */
  metrics?: MessagingMetrics;
  /** Where the stage's tables keep its events' attached text, which its outbox then does not store again. */
  attachments?: AttachmentSource;
  /** Message bodies as they arrive on the stage's queue, rehearsed before consuming (see rehearse). */
  rehearsal?: () => Buffer[];
}

/** Rehearsal batches run before consuming: enough for V8 to compile the plumbing's hot paths. */
const REHEARSAL_ROUNDS = 5;

/** `closing` from the moment shutdown begins: the stage takes no new work. */
export type StageTransportStatus = 'connected' | 'disconnected' | 'closing';

/** Where a message that never reached the broker came from (e.g. `http:POST /articles`), kept for replay. */
export interface DirectSource {
  queue: string;
  content: Buffer;
}

/** The default decoder: a JSON envelope of the one event type the stage consumes. */
export function envelopeDecoder(stage: StageName): DeliveryDecoder {
  return (message) => {
    return validateEnvelope(decodeEventBody(message.content), Stages[stage].consumes);
  };
}

function rejectedRecord(source: DirectSource, messageId: string, reason: string, routingKey: string | null): FailedMessageRecord {
  return { messageId, queue: source.queue, routingKey, reason, attempts: 1, properties: {}, content: source.content };
}

/**
 * A Nest microservice transport over RabbitMQ for one stage, so handlers stay `@EventPattern`
 * methods while delivery is reliable: manual acks after commit, inbox, outbox with confirms,
 * bounded retries, dead-lettering, and a graceful `close` that finishes in-flight batches.
 * `status` reports the broker connection, as Nest's own transports do.
 */
export class AmqpStageTransport extends Server<Record<string, never>, StageTransportStatus> implements CustomTransportStrategy {
  private readonly connection: AmqpConnection;
  private readonly topology: Topology;
  private readonly stores: StageStores;
  private readonly relay: OutboxRelay;
  private readonly processor: MessageProcessor;
  private readonly consumer: BatchConsumer;
  private readonly pruner: InboxPruner;
  private closed: Promise<void> | null = null;
  private lastStatus: StageTransportStatus = 'disconnected';
  private readonly metrics: MessagingMetrics;
  /**
   * Handlers by event type, looked up once: Nest's lookup first tries the pattern as JSON, and an event
   * type is not JSON, so every lookup threw and caught a SyntaxError (2.7 % of the parse stage's CPU
   * with small articles). A type without a handler is not remembered, so one registered later is found.
   */
  private readonly handlers = new Map<string, ReturnType<Server['getHandlerByPattern']>>();

  constructor(private readonly options: AmqpStageTransportOptions) {
    super();
    const { stage, dataSource } = options;
    this.metrics = options.metrics ?? NO_METRICS;
    this.connection = new AmqpConnection(options.amqpUrl, stage);
    this.connection.on('connected', () => this.report('connected'));
    this.connection.on('disconnected', () => this.report('disconnected'));
    this.topology = new Topology(options.namespace);
    const publisher = new ConfirmedPublisher(this.connection);
    this.stores = createStageStores(dataSource, stage, options.attachments);
    this.relay = new OutboxRelay(dataSource, this.stores.outbox, publisher, this.topology.exchange, this.metrics);
    this.pruner = new InboxPruner(dataSource, this.stores.inbox, options.inboxRetentionDays);
    this.processor = new MessageProcessor({
      dataSource,
      stores: this.stores,
      relay: this.relay,
      handle: (envelope, context) => this.dispatch(envelope, context),
      metrics: this.metrics,
    });
    this.consumer = new BatchConsumer({
      ...options.consuming,
      stage,
      topology: this.topology,
      connection: this.connection,
      processor: this.processor,
      failures: this.stores.failures,
      decode: options.decode ?? envelopeDecoder(stage),
      metrics: this.metrics,
    });
  }

  /** The status `status` last reported, for callers that ask instead of subscribing. */
  get currentStatus(): StageTransportStatus {
    return this.lastStatus;
  }

  private report(status: StageTransportStatus): void {
    this.lastStatus = status;
    this._status$.next(status);
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error) => callback(error),
    );
  }

  private async start(): Promise<void> {
    const { stage, consuming } = this.options;
    await this.connection.connect(this.options.connectTimeoutMs);
    await this.connection.onConnected((connection) => this.topology.declareAsStage(() => connection.createChannel(), stage, consuming.retryDelaysMs));
    this.relay.start(this.options.outboxSweepMs);
    // Not awaited: consuming starts at once; events a previous run committed but never published go out meanwhile.
    void this.relay.sweepNow();
    this.pruner.start(INBOX_PRUNE_INTERVAL_MS);
    await this.rehearse();
    await this.consumer.start();
  }

  /**
   * Runs the stage's rehearsal messages through decode and the message processor in rolled-back
   * transactions (MessageProcessor.rehearse), so the first real articles do not pay for a cold
   * process. A rehearsal that fails only logs: consuming starts either way.
   */
  private async rehearse(): Promise<void> {
    const bodies = this.options.rehearsal?.() ?? [];
    if (bodies.length === 0) return;
    const decode = this.options.decode ?? envelopeDecoder(this.options.stage);
    const started = Date.now();
    try {
      for (let round = 0; round < REHEARSAL_ROUNDS; round++) {
        // Made into messages as the consumer makes deliveries; one that does not decode fails the rehearsal.
        const messages = bodies.map((content) => inboundMessage({ content, fields: {}, properties: { headers: {} } } as ConsumeMessage, decode));
        const outcomes = await this.processor.rehearse(messages);
        const failed = outcomes.find((o): o is Extract<MessageOutcome, { status: 'failed' }> => o.status === 'failed');
        if (failed) throw failed.failure;
      }
      this.logger.log(`start-up rehearsal: ${REHEARSAL_ROUNDS} rounds of ${bodies.length} messages in ${Date.now() - started} ms`);
    } catch (error) {
      this.logger.warn(`start-up rehearsal failed (${(error as Error).message}); consuming without it`);
    }
  }

  /** Stops consuming, finishes in-flight batches, flushes the outbox, closes the connection. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      this.report('closing');
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
   * the same processing as a delivery. A failure is rethrown to the caller; a permanent one is
   * first recorded in the failed-messages table, in the same transaction.
   */
  async handleDirect(envelope: EventEnvelope, source: DirectSource): Promise<'processed' | 'duplicate'> {
    const message = { messageId: envelope.id, contentHash: createHash('sha1').update(source.content).digest('hex'), attempt: 1, envelope };
    const {
      outcomes: [outcome],
    } = await this.processor.process([message], async (queryRunner, _message, failure) => {
      if (isPermanent(failure)) await this.stores.failures.record(queryRunner, rejectedRecord(source, envelope.id, failure.message, envelope.type));
      return null;
    });
    if (outcome.status === 'failed') throw outcome.failure;
    return outcome.status;
  }

  /**
   * Commits events that start in this stage (e.g. re-emitting stored articles for a reprocess run)
   * with the work's writes, then publishes them: the same outbox and confirms as a handler's events.
   */
  originate<T>(work: (queryRunner: QueryRunner) => Promise<{ events: OutboxRow[]; result: T }>): Promise<T> {
    return this.processor.originate(work);
  }

  /** Keeps a submission refused before it became an event (e.g. invalid over HTTP), with its reason. */
  async recordRejected(source: DirectSource, messageId: string, reason: string): Promise<void> {
    const queryRunner = this.options.dataSource.createQueryRunner();
    try {
      await this.stores.failures.record(queryRunner, rejectedRecord(source, messageId, reason, null));
    } finally {
      await queryRunner.release().catch(() => undefined);
    }
  }

  on(): void {
    // Connection events are handled inside AmqpConnection (reconnect with back-off) and surface as `status`.
  }

  unwrap<T>(): T {
    return this.connection as unknown as T;
  }

  private async dispatch(envelope: EventEnvelope, context: StageContext): Promise<void> {
    this.logger.debug?.(`handling ${envelope.type} v${envelope.version} (attempt ${context.attempt})`);
    let handler = this.handlers.get(envelope.type);
    if (!handler) {
      handler = this.getHandlerByPattern(envelope.type);
      if (handler) this.handlers.set(envelope.type, handler);
    }
    if (!handler) throw new PermanentFailure(`no handler for ${envelope.type} in ${this.options.stage}`);
    const handled = context.rehearsal ? () => undefined : this.metrics.handlerStarted(envelope.type);
    try {
      const result = await handler(envelope, context);
      if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
      handled('ok');
    } catch (error) {
      handled('error');
      throw error;
    }
  }

  /** Depth and consumer count of this stage's queues (work, retry, dead-letter), asked of the broker. */
  sampleQueues(): Promise<QueueSample[]> {
    return sampleQueues(this.connection, this.topology.stageQueues(this.options.stage, this.options.consuming.retryDelaysMs));
  }

  /** Rows in this stage's outbox not yet published, counted through the stores the transport already holds. */
  outboxBacklog(): Promise<number> {
    return this.stores.outbox.count();
  }

  /** Dead letters of this stage not yet replayed. */
  pendingDeadLetters(): Promise<number> {
    return this.stores.failures.countPending();
  }
}
