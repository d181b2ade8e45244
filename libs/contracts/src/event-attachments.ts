import { EventType, EventTypes } from './event-types';

/**
 * The one page-sized string field of an event type's payload that travels after the envelope's JSON
 * instead of inside it: the envelope as UTF-8 JSON (without the field), one NUL byte, then the field's
 * text as raw UTF-8. JSON text never holds a raw NUL, so the first one ends the JSON. Escaping a page
 * into JSON and parsing it back cost more CPU at each hop than reading it (see libs/messaging's
 * event-body.ts); a body without a NUL is a plain JSON envelope, which consumers still read.
 */
export const ATTACHED_FIELD: Partial<Record<EventType, string>> = {
  [EventTypes.ArticleIngested]: 'content',
};

/** The AMQP content type of an event whose body carries an attached field. */
export const ATTACHED_EVENT_CONTENT_TYPE = 'application/vnd.newswire.event-with-attachment';
