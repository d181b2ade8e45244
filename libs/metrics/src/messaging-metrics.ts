/** What became of a delivery once it was settled. */
export type ConsumeOutcome = 'processed' | 'duplicate' | 'retried' | 'dead_lettered';
/** `deferred`: the broker did not confirm; the event stays in the outbox for the sweep. */
export type PublishOutcome = 'confirmed' | 'deferred';

/**
 * The narrow seam between the messaging core and the metrics: the core reports what happened
 * in a few calls and knows nothing of Prometheus. StageMetrics records them; NO_METRICS drops them
 * (the CLI and unit tests use the core without a registry).
 */
export interface MessagingMetrics {
  /** A delivery was settled; `submittedAt` (ISO time the article was first submitted) gives the end-to-end latency. */
  consumed(eventType: string, outcome: ConsumeOutcome, submittedAt?: string): void;
  /** A batch of this many deliveries was committed. */
  batchCommitted(size: number): void;
  /** Starts timing one handler run; call the returned function when it ends. */
  handlerStarted(eventType: string): (outcome: 'ok' | 'error') => void;
  /** Events the stage published from its outbox (their routing key is the event type). */
  published(events: ReadonlyArray<{ routingKey: string }>, outcome: PublishOutcome): void;
}

export const NO_METRICS: MessagingMetrics = {
  consumed: () => undefined,
  batchCommitted: () => undefined,
  handlerStarted: () => () => undefined,
  published: () => undefined,
};
