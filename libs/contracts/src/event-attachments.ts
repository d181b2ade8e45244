import { EventType, EventTypes } from './event-types';
import type { PayloadOf } from './event-registry';

/**
 * The one page-sized string field of an event type's payload that travels after the envelope's JSON
 * instead of inside it: the envelope as UTF-8 JSON (without the field), one NUL byte, then the field's
 * text as raw UTF-8. JSON text never holds a raw NUL, so the first one ends the JSON. Escaping a page
 * into JSON and parsing it back cost more CPU at each hop than reading it (see libs/messaging's
 * event-body.ts); a body without a NUL is a plain JSON envelope, which consumers still read.
 */
const ATTACHED_FIELDS = {
  [EventTypes.ArticleSubmitted]: 'content',
  [EventTypes.ArticleIngested]: 'content',
} as const;
type AttachedFields = typeof ATTACHED_FIELDS;
export const ATTACHED_FIELD: Partial<Record<EventType, string>> & AttachedFields = ATTACHED_FIELDS;

/** The AMQP content type of an event whose body carries an attached field. */
export const ATTACHED_EVENT_CONTENT_TYPE = 'application/vnd.newswire.event-with-attachment';

/**
 * An attached field's value as a producer may hold it: the text, or its UTF-8 bytes. Ingest keeps a
 * page as the bytes it arrived as: decoding it to a string and encoding it back for Postgres and for
 * the next hop cost more than anything else ingest does with it.
 */
export type AttachedText = string | Uint8Array;

/**
 * A payload as a producer hands it over and a consumer receives it: the attached field (if the type
 * has one) as text or as its UTF-8 bytes. Consumers get the bytes: decoding a page into one string
 * costs its consumer more than the transport does (see libs/messaging's event-body.ts).
 */
export type CarriedPayloadOf<T extends EventType> =
  PayloadOf<T> | (T extends keyof AttachedFields ? Omit<PayloadOf<T>, AttachedFields[T]> & { [K in AttachedFields[T]]: AttachedText } : never);

/**
 * The payload as its schema checks it: an attached field held as bytes stands in as an empty string
 * (the schemas ask only that it be a string; that the bytes are UTF-8 is checked where they enter).
 */
export function schemaViewOf(type: EventType, payload: unknown): unknown {
  const field = ATTACHED_FIELD[type];
  if (!field || typeof payload !== 'object' || payload === null) return payload;
  const value = (payload as Record<string, unknown>)[field];
  return value instanceof Uint8Array ? { ...payload, [field]: '' } : payload;
}

/** A payload validated through its schema view (schemaViewOf), given back the attached bytes the view stood in for. */
export function withAttachedBytes(type: EventType, carried: unknown, validated: unknown): unknown {
  const field = ATTACHED_FIELD[type];
  if (!field || typeof carried !== 'object' || carried === null) return validated;
  const value = (carried as Record<string, unknown>)[field];
  return value instanceof Uint8Array ? { ...(validated as object), [field]: value } : validated;
}
