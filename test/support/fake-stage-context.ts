import type { QueryRunner } from 'typeorm';
import { EventEnvelope, EventType, PayloadOf } from '@newswire/contracts';
import { decodeEventBody, StageContext } from '@newswire/messaging';

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
  /** The payload of the one event the handler queued, after checking its type and that it carries this delivery's article, correlation and revision. */
  emittedOnly(type: EventType): Record<string, unknown>;
}

/** A stage's event handler, as Nest would call it. */
interface Handler<T extends EventType, P> {
  handle(envelope: EventEnvelope<T, P>, context: StageContext): Promise<void>;
}

/** A delivery of the event; `revision` > 0 makes it part of a reprocess run. */
export function fakeDelivery<T extends EventType, P = PayloadOf<T>>(type: T, payload: P, articleId: string, revision = 0): FakeDelivery<T, P> {
  const envelope: EventEnvelope<T, P> = {
    id: `spec:${type}:${articleId}:${revision}`,
    type,
    version: 1,
    articleId,
    correlationId: 'spec-correlation',
    occurredAt: new Date().toISOString(),
    ...(revision > 0 ? { revision } : {}),
    payload,
  };
  const tx = { label: 'the batch transaction' } as unknown as QueryRunner;
  const context = new StageContext(envelope, tx, 1);
  const emitted = () => context.outbox.map((row) => decodeEventBody(row.body) as EventEnvelope<EventType, Record<string, unknown>>);
  const emittedOnly = (type: EventType) => {
    const events = emitted();
    expect(events.map((e) => [e.type, e.articleId, e.correlationId, e.revision])).toEqual([[type, articleId, envelope.correlationId, envelope.revision]]);
    return events[0].payload;
  };
  return { envelope, context, tx, emitted, emittedOnly };
}

/** One delivery of the event, handled. */
export async function deliver<T extends EventType, P>(
  handler: Handler<T, P>,
  type: T,
  payload: P,
  articleId: string,
  revision = 0,
): Promise<FakeDelivery<T, P>> {
  const delivery = fakeDelivery(type, payload, articleId, revision);
  await handler.handle(delivery.envelope, delivery.context);
  return delivery;
}

/** The same event delivered `times` times, each after the one before was handled (redeliveries): how many events each queued. */
export async function emittedPerDelivery<T extends EventType, P>(handler: Handler<T, P>, type: T, payload: P, articleId: string, times = 2): Promise<number[]> {
  return emittedPerRevision(handler, type, payload, articleId, new Array<number>(times).fill(0));
}

/** The event delivered once per given revision, in that order (0: the first run): how many events each queued. */
export async function emittedPerRevision<T extends EventType, P>(
  handler: Handler<T, P>,
  type: T,
  payload: P,
  articleId: string,
  revisions: number[],
): Promise<number[]> {
  const counts: number[] = [];
  for (const revision of revisions) counts.push((await deliver(handler, type, payload, articleId, revision)).emitted().length);
  return counts;
}
