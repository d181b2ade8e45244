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
  /**
   * Which run of the pipeline over the article this event belongs to: absent (0) for the first, and for a
   * reprocess run the time it was requested (ms since the epoch), carried on from event to event. A stage
   * replaces its stored output with a later revision's and ignores an earlier one.
   */
  revision: z
    .number()
    .int()
    .nonnegative()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('Reprocess revision: absent for the first run over the article, else when the reprocess was requested (ms since the epoch)'),
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
  revision?: number;
  payload: P;
}

/** The event's revision: 0 for the first processing of its article. */
export function revisionOf(envelope: Pick<EventEnvelope, 'revision'>): number {
  return envelope.revision ?? 0;
}

/** When the article behind an event was first submitted: a submission's own time is when it occurred. */
export function submittedAt(envelope: Pick<EventEnvelope, 'occurredAt' | 'submittedAt'>): string {
  return envelope.submittedAt ?? envelope.occurredAt;
}
