import type { QueryRunner } from 'typeorm';
import { EventEnvelope, EventType, CarriedPayloadOf, revisionOf, submittedAt } from '@newswire/contracts';
import { outgoingEvent } from '../outbox/outgoing-event';
import { OutboxRow } from '../outbox/outbox-store';
import { BatchWrite, BatchWrites } from './batch-write';

/**
 * What a handler gets besides the event: the batch transaction to write its stage output in,
 * `emit`, which queues an event into the outbox of that same transaction, and `addToBatch`, which
 * hands rows to a write that runs once for the whole batch before it commits.
 */
export class StageContext {
  readonly outbox: OutboxRow[] = [];
  readonly batchWrites = new BatchWrites();

  constructor(
    readonly envelope: EventEnvelope,
    /** The connection holding the batch transaction (scoped to this message by a savepoint when isolated). */
    readonly queryRunner: QueryRunner,
    readonly attempt: number,
    /** A start-up rehearsal (MessageProcessor.rehearse): rolled back, and not counted in the metrics. */
    readonly rehearsal = false,
  ) {}

  /** The revision of the incoming event, which the handler's output and emitted events carry on. */
  get revision(): number {
    return revisionOf(this.envelope);
  }

  /**
   * Queues an event for after commit. Its id is derived from type, article and revision, so an
   * article processed twice in one revision emits the same id, which the next inbox recognises.
   */
  emit<T extends EventType>(type: T, payload: CarriedPayloadOf<T>, articleId = this.envelope.articleId): string {
    const row = outgoingEvent(type, payload, {
      articleId,
      correlationId: this.envelope.correlationId,
      submittedAt: submittedAt(this.envelope),
      revision: this.revision,
    });
    this.outbox.push(row);
    return row.id;
  }

  /** Contributes to a write that runs once per batch, in the same transaction, before it commits. */
  addToBatch<T>(write: BatchWrite<T>, contributions: T[]): void {
    this.batchWrites.add(write, contributions);
  }
}
