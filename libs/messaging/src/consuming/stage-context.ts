import type { QueryRunner } from 'typeorm';
import { CURRENT_VERSION, EventEnvelope, EventType, PayloadOf, stageEventId, submittedAt, validatePayload } from '@newswire/contracts';
import { currentTraceHeaders } from '@newswire/tracing';
import { OutboxRow } from '../outbox/outbox-store';

/**
 * What a handler gets besides the event: the batch transaction to write its stage output in,
 * and `emit`, which queues an event into the outbox of that same transaction.
 */
export class StageContext {
  readonly outbox: OutboxRow[] = [];

  constructor(
    readonly envelope: EventEnvelope,
    /** The connection holding the batch transaction (scoped to this message by a savepoint when isolated). */
    readonly queryRunner: QueryRunner,
    readonly attempt: number,
  ) {}

  /**
   * Queues an event for after commit. Its id is derived from type and article, so an
   * article processed twice emits the same id, which the next inbox recognises.
   */
  emit<T extends EventType>(type: T, payload: PayloadOf<T>, articleId = this.envelope.articleId): string {
    const version = CURRENT_VERSION[type];
    validatePayload(type, version, payload); // a producer bug fails here, not in the next stage
    const envelope: EventEnvelope<T, PayloadOf<T>> = {
      id: stageEventId(type, articleId),
      type,
      version,
      articleId,
      correlationId: this.envelope.correlationId,
      occurredAt: new Date().toISOString(),
      submittedAt: submittedAt(this.envelope),
      payload,
    };
    this.outbox.push({
      id: envelope.id,
      routingKey: type,
      correlationId: envelope.correlationId,
      body: Buffer.from(JSON.stringify(envelope)),
      traceContext: currentTraceHeaders(),
    });
    return envelope.id;
  }
}
