import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ConsumeOutcome, MessagingMetrics, PublishOutcome } from './messaging-metrics';
import { sharedSample, withTimeout } from './sampling';

/** `work`: the queue the stage consumes; `retry`: a back-off queue; `dead_letter`: where failures end. */
export type QueueKind = 'work' | 'retry' | 'dead_letter';

export interface StageQueue {
  name: string;
  kind: QueueKind;
}

export interface QueueSample extends StageQueue {
  messages: number;
  consumers: number;
}

export interface DatabasePoolUse {
  /** Connections open (in use + idle). */
  total: number;
  idle: number;
  /** Callers waiting for a connection. */
  waiting: number;
  max: number;
}

/** Where the sampled gauges read from; each is asked on scrape, with a timeout. */
export interface StageMetricSources {
  /** Depth and consumers of the stage's own queues (checkQueue on the broker). */
  queues(): Promise<QueueSample[]>;
  /** Rows committed to the outbox and not yet confirmed by the broker. */
  outboxBacklog(): Promise<number>;
  /** Dead letters recorded and not replayed. */
  pendingDeadLetters(): Promise<number>;
  databasePool(): DatabasePoolUse | null;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const END_TO_END_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256];
const DEFAULT_SAMPLE_TIMEOUT_MS = 2000;

/**
 * Every Prometheus metric of one stage process, in its own registry: counters and histograms
 * fed by the messaging core (MessagingMetrics), gauges sampled on scrape from the broker and
 * the database, and Node's default process metrics. Every series carries a `stage` label.
 */
export class StageMetrics implements MessagingMetrics {
  readonly registry = new Registry();
  private readonly consumedTotal: Counter<'event_type' | 'outcome'>;
  private readonly publishedTotal: Counter<'event_type' | 'outcome'>;
  private readonly handlerSeconds: Histogram<'event_type' | 'outcome'>;
  private readonly endToEndSeconds: Histogram<'event_type'>;
  private readonly batchSize: Histogram;
  private readonly sampleFailures: Counter<'sample'>;
  private sources: StageMetricSources | null = null;
  /** One checkQueue round per scrape, shared by the depth and consumer gauges. */
  private queueSample: () => Promise<QueueSample[] | null> = async () => null;

  constructor(
    readonly stage: string,
    private readonly sampleTimeoutMs = DEFAULT_SAMPLE_TIMEOUT_MS,
  ) {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ stage });
    collectDefaultMetrics({ register: this.registry });
    this.consumedTotal = new Counter({
      name: 'newswire_messages_consumed_total',
      help: 'Deliveries settled by the stage, by event type and outcome (processed, duplicate, retried, dead_lettered)',
      labelNames: ['event_type', 'outcome'],
      registers,
    });
    this.publishedTotal = new Counter({
      name: 'newswire_messages_published_total',
      help: 'Events published from the outbox, by event type and outcome (confirmed by the broker, or deferred to the outbox sweep)',
      labelNames: ['event_type', 'outcome'],
      registers,
    });
    this.handlerSeconds = new Histogram({
      name: 'newswire_handler_duration_seconds',
      help: "Time the stage's handler took for one event",
      labelNames: ['event_type', 'outcome'],
      buckets: SECONDS_BUCKETS,
      registers,
    });
    this.endToEndSeconds = new Histogram({
      name: 'newswire_end_to_end_latency_seconds',
      help: "Time from the article's first submission until this stage committed its work on it",
      labelNames: ['event_type'],
      buckets: END_TO_END_BUCKETS,
      registers,
    });
    this.batchSize = new Histogram({
      name: 'newswire_batch_size',
      help: 'Deliveries per committed batch',
      buckets: BATCH_BUCKETS,
      registers,
    });
    this.sampleFailures = new Counter({
      name: 'newswire_metric_sample_failures_total',
      help: 'Scrape-time samples (queues, outbox, dead letters) that failed or timed out: queue gauges are left out of that scrape, the others read NaN',
      labelNames: ['sample'],
      registers,
    });
    this.defineSampledGauges(registers);
  }

  /** Connects the sampled gauges to the running stage; until then they report nothing. */
  observe(sources: StageMetricSources): void {
    this.sources = sources;
    this.queueSample = sharedSample(() => this.sample('queues', (s) => s.queues()), 1000);
  }

  consumed(eventType: string, outcome: ConsumeOutcome, submittedAt?: string): void {
    this.consumedTotal.inc({ event_type: eventType, outcome });
    if (outcome !== 'processed' || !submittedAt) return;
    const seconds = (Date.now() - Date.parse(submittedAt)) / 1000;
    if (Number.isFinite(seconds) && seconds >= 0) this.endToEndSeconds.observe({ event_type: eventType }, seconds);
  }

  batchCommitted(size: number): void {
    this.batchSize.observe(size);
  }

  handlerStarted(eventType: string): (outcome: 'ok' | 'error') => void {
    const end = this.handlerSeconds.startTimer({ event_type: eventType });
    return (outcome) => end({ outcome });
  }

  published(events: ReadonlyArray<{ routingKey: string }>, outcome: PublishOutcome): void {
    const counts = new Map<string, number>();
    for (const { routingKey } of events) counts.set(routingKey, (counts.get(routingKey) ?? 0) + 1);
    for (const [type, n] of counts) this.publishedTotal.inc({ event_type: type, outcome }, n);
  }

  /** The Prometheus text exposition of every metric. */
  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private defineSampledGauges(registers: Registry[]): void {
    // collect() runs with the gauge as `this`; these read the stage's sources.
    const queues = () => this.queueSample();
    const sample = (name: string, read: (sources: StageMetricSources) => Promise<number>) => this.sample(name, read);
    const databasePool = () => this.sources?.databasePool() ?? null;
    const queueGauge = (name: string, help: string, value: (queue: QueueSample) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['queue', 'kind'],
        registers,
        async collect() {
          this.reset();
          for (const q of (await queues()) ?? []) this.set({ queue: q.name, kind: q.kind }, value(q));
        },
      });
    queueGauge(
      'newswire_queue_messages',
      "Messages ready in the stage's queues (its queue, retry queues and dead-letter queue), from the broker",
      (q) => q.messages,
    );
    queueGauge('newswire_queue_consumers', "Consumers attached to the stage's queues, from the broker", (q) => q.consumers);
    const countGauge = (name: string, help: string, sampleName: string, read: (sources: StageMetricSources) => Promise<number>) =>
      new Gauge({
        name,
        help: `${help} (NaN when the database did not answer)`,
        registers,
        async collect() {
          this.set((await sample(sampleName, read)) ?? NaN);
        },
      });
    countGauge('newswire_outbox_backlog', 'Events committed to the outbox and not yet confirmed by the broker', 'outbox', (s) => s.outboxBacklog());
    countGauge('newswire_dead_letters_pending', 'Dead letters recorded with their reason and not replayed', 'dead_letters', (s) => s.pendingDeadLetters());
    new Gauge({
      name: 'newswire_db_pool_connections',
      help: 'Database pool connections by state (in_use, idle), callers waiting for one, and the pool size (max)',
      labelNames: ['state'],
      registers,
      collect() {
        this.reset();
        const pool = databasePool();
        if (!pool) return;
        this.set({ state: 'in_use' }, pool.total - pool.idle);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
        this.set({ state: 'max' }, pool.max);
      },
    });
  }

  /** One source's answer within the timeout; null (counted as a failure) when it fails or is not connected yet. */
  private async sample<T>(name: string, read: (sources: StageMetricSources) => Promise<T>): Promise<T | null> {
    if (!this.sources) return null;
    try {
      return await withTimeout(read(this.sources), this.sampleTimeoutMs, name);
    } catch {
      this.sampleFailures.inc({ sample: name });
      return null;
    }
  }
}
