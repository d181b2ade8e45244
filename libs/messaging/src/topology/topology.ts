import type { Channel } from 'amqplib';
import { STAGE_NAMES, StageName, Stages } from '@newswire/contracts';

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

  /** One queue per back-off step: a fixed TTL per queue never blocks a short wait behind a long one. */
  retryQueue(stage: StageName, delayMs: number): string {
    return `${this.namespace}.${stage}.retry.${delayMs}ms`;
  }

  /**
   * Declares the whole topology. Every service declares every stage queue, so no event is
   * published before the queue that must hold it exists, whatever order services start in.
   * Quorum queues replicate on a cluster; dead-lettering is at-least-once so nothing is lost
   * between a queue and its dead-letter or retry target.
   */
  async declare(channel: Channel, ownStage?: StageName, retryDelaysMs: number[] = []): Promise<void> {
    await channel.assertExchange(this.exchange, 'topic', { durable: true });
    for (const stage of STAGE_NAMES) {
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
    if (ownStage) {
      for (const delayMs of new Set(retryDelaysMs)) {
        await channel.assertQueue(this.retryQueue(ownStage, delayMs), {
          durable: true,
          arguments: {
            'x-queue-type': 'quorum',
            'x-message-ttl': delayMs,
            'x-dead-letter-exchange': '',
            'x-dead-letter-routing-key': this.queue(ownStage),
            'x-dead-letter-strategy': 'at-least-once',
            'x-overflow': 'reject-publish',
          },
        });
      }
    }
  }
}
