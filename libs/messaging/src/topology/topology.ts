import type { Channel } from 'amqplib';
import { STAGE_NAMES, StageName, Stages } from '@newswire/contracts';
import type { StageQueue } from '@newswire/metrics';

/**
 * A redelivered message counts against this limit on quorum queues; past it the broker
 * dead-letters it itself. It guards against a message that crashes its consumer every time;
 * ordinary failures are retried (and dead-lettered) by the consumer long before.
 */
export const POISON_DELIVERY_LIMIT = 20;

/** Every exchange and queue name, derived from one namespace so test runs stay isolated. */
export class Topology {
  constructor(readonly namespace: string) {}

  get exchange(): string {
    return `${this.namespace}.events`;
  }

  queue(stage: StageName): string {
    return `${this.namespace}.${stage}`;
  }

  deadLetterQueue(stage: StageName): string {
    return `${this.namespace}.${stage}.dead-letter`;
  }

  /**
   * A process's own feed of events it watches without working on them (e.g. publish's live stream of
   * article.published): exclusive and auto-deleted, so each replica gets every event while it runs.
   */
  liveQueue(stage: StageName, replicaId: string): string {
    return `${this.namespace}.${stage}.live.${replicaId}`;
  }

  /** One queue per back-off step: a fixed TTL per queue never blocks a short wait behind a long one. */
  retryQueue(stage: StageName, delayMs: number): string {
    return `${this.namespace}.${stage}.retry.${delayMs}ms`;
  }

  /** The queues a stage owns: its own, its retry queues and its dead-letter queue. */
  stageQueues(stage: StageName, retryDelaysMs: number[]): StageQueue[] {
    return [
      { name: this.queue(stage), kind: 'work' },
      ...[...new Set(retryDelaysMs)].map((delay) => ({ name: this.retryQueue(stage, delay), kind: 'retry' as const })),
      { name: this.deadLetterQueue(stage), kind: 'dead_letter' },
    ];
  }

  /**
   * Declares the whole topology. Every stage queue is declared, so no event is published
   * before the queue that must hold it exists, whatever order services start in. Quorum
   * queues replicate on a cluster; dead-lettering is at-least-once so nothing is lost between
   * a queue and its dead-letter or retry target.
   */
  async declare(channel: Channel, ownStage?: StageName, retryDelaysMs: number[] = []): Promise<void> {
    await channel.assertExchange(this.exchange, 'topic', { durable: true });
    for (const stage of STAGE_NAMES) await this.declareStageQueues(channel, stage);
    if (ownStage) await this.declareRetryQueues(channel, ownStage, retryDelaysMs);
  }

  /**
   * Declares the topology as a stage with least-privileged credentials: RabbitMQ lets a user
   * declare a dead-lettering queue only if it may read it, and a stage may read only its own
   * queue. Other stages' queues are then only checked to exist (an operator, or a stage with
   * broader rights, declared them); a missing one is a clear start-up error.
   */
  async declareAsStage(openChannel: () => Promise<Channel>, stage: StageName, retryDelaysMs: number[]): Promise<void> {
    const own = await openChannel();
    try {
      await own.assertExchange(this.exchange, 'topic', { durable: true });
      await this.declareStageQueues(own, stage);
      await this.declareRetryQueues(own, stage, retryDelaysMs);
    } finally {
      await own.close().catch(() => undefined);
    }
    for (const other of STAGE_NAMES.filter((s) => s !== stage)) {
      let channel = await openChannel();
      channel.on('error', () => undefined); // a refusal closes the channel; handled below
      try {
        await this.declareStageQueues(channel, other);
      } catch (error) {
        if (!/ACCESS[-_]REFUSED/.test((error as Error).message)) throw error;
        channel = await openChannel();
        channel.on('error', () => undefined);
        await channel.checkQueue(this.queue(other)).catch(() => {
          throw new Error(
            `queue ${this.queue(other)} does not exist and this user may not declare it: declare the topology first (e.g. start that stage, or run the services once with an administrator user)`,
          );
        });
      } finally {
        await channel.close().catch(() => undefined);
      }
    }
  }

  private async declareStageQueues(channel: Channel, stage: StageName): Promise<void> {
    await channel.assertQueue(this.deadLetterQueue(stage), { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await channel.assertQueue(this.queue(stage), {
      durable: true,
      arguments: {
        'x-queue-type': 'quorum',
        'x-delivery-limit': POISON_DELIVERY_LIMIT,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': this.deadLetterQueue(stage),
        'x-dead-letter-strategy': 'at-least-once',
        'x-overflow': 'reject-publish',
      },
    });
    await channel.bindQueue(this.queue(stage), this.exchange, Stages[stage].consumes);
  }

  private async declareRetryQueues(channel: Channel, stage: StageName, retryDelaysMs: number[]): Promise<void> {
    for (const delayMs of new Set(retryDelaysMs)) {
      await channel.assertQueue(this.retryQueue(stage, delayMs), {
        durable: true,
        arguments: {
          'x-queue-type': 'quorum',
          'x-message-ttl': delayMs,
          'x-dead-letter-exchange': '',
          'x-dead-letter-routing-key': this.queue(stage),
          'x-dead-letter-strategy': 'at-least-once',
          'x-overflow': 'reject-publish',
        },
      });
    }
  }
}
