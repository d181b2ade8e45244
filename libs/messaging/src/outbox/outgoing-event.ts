import { CURRENT_VERSION, EventEnvelope, EventType, CarriedPayloadOf, schemaViewOf, stageEventId, validatePayload } from '@newswire/contracts';
import { currentTraceHeaders } from '@newswire/tracing';
import { encodeEventBody } from '../transport/event-body';
import { OutboxRow } from './outbox-store';

/** What an outgoing event inherits from the work that emits it. */
export interface EventOrigin {
  articleId: string;
  correlationId: string;
  /** When this run over the article began (end-to-end latency is measured from it). */
  submittedAt: string;
  /** 0 for the article's first run; a reprocess run's revision otherwise. */
  revision: number;
}

/**
 * An event as an outbox row, in the current version of its type. Its id is derived from type,
 * article and revision, so the same work done twice emits the same id, which the next inbox recognises.
 */
export function outgoingEvent<T extends EventType>(type: T, payload: CarriedPayloadOf<T>, origin: EventOrigin): OutboxRow {
  const version = CURRENT_VERSION[type];
  validatePayload(type, version, schemaViewOf(type, payload)); // a producer bug fails here, not in the next stage
  const envelope: EventEnvelope<T, CarriedPayloadOf<T>> = {
    id: stageEventId(type, origin.articleId, origin.revision),
    type,
    version,
    articleId: origin.articleId,
    correlationId: origin.correlationId,
    occurredAt: new Date().toISOString(),
    submittedAt: origin.submittedAt,
    // Left out at revision 0: first-run events stay exactly what they were before revisions existed.
    ...(origin.revision > 0 ? { revision: origin.revision } : {}),
    payload,
  };
  return {
    id: envelope.id,
    routingKey: type,
    correlationId: envelope.correlationId,
    body: encodeEventBody(envelope),
    traceContext: currentTraceHeaders(),
  };
}
