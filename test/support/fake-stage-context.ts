import type { QueryRunner } from 'typeorm';
import { EventEnvelope, EventType, PayloadOf } from '@newswire/contracts';
import { StageContext } from '@newswire/messaging';

/**
 * A handler's view of one delivery without a broker or a database: a real StageContext (so
 * every emitted payload is checked against its contract) over a transaction the spec's
 * in-memory repositories receive but never query.
 */
export interface FakeDelivery<T extends EventType, P> {
  envelope: EventEnvelope<T, P>;
  context: StageContext;
  /** The transaction handed to repositories: a handler must store through this one. */
  tx: QueryRunner;
  /** The events the handler queued, as they would go into the outbox. */
  emitted(): Array<EventEnvelope<EventType, Record<string, unknown>>>;
}

export function fakeDelivery<T extends EventType, P = PayloadOf<T>>(type: T, payload: P, articleId: string): FakeDelivery<T, P> {
  const envelope: EventEnvelope<T, P> = {
    id: `spec:${type}:${articleId}`,
    type,
    version: 1,
    articleId,
    correlationId: 'spec-correlation',
    occurredAt: new Date().toISOString(),
    payload,
  };
  const tx = { label: 'the batch transaction' } as unknown as QueryRunner;
  const context = new StageContext(envelope, tx, 1);
  return { envelope, context, tx, emitted: () => context.outbox.map((row) => JSON.parse(row.body)) };
}
