import { z } from 'zod';
import { EventType } from './event-types';

/** Metadata every event carries; `payload` is validated against the type's schema of that version. */
export const EnvelopeSchema = z.strictObject({
  id: z.string().min(1).max(200),
  type: z.string().min(1),
  version: z.number().int().positive(),
  articleId: z.uuid(),
  correlationId: z.string().min(1).max(200),
  occurredAt: z.iso.datetime({ offset: true }),
  /** When the article was first submitted, carried on from event to event (end-to-end latency); absent on submissions. */
  submittedAt: z.iso.datetime({ offset: true }).optional(),
  payload: z.unknown(),
});

export interface EventEnvelope<T extends EventType = EventType, P = unknown> {
  id: string;
  type: T;
  version: number;
  articleId: string;
  correlationId: string;
  occurredAt: string;
  submittedAt?: string;
  payload: P;
}

/** When the article behind an event was first submitted: a submission's own time is when it occurred. */
export function submittedAt(envelope: Pick<EventEnvelope, 'occurredAt' | 'submittedAt'>): string {
  return envelope.submittedAt ?? envelope.occurredAt;
}
