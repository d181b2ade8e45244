import { isUtf8 } from 'buffer';
import { ATTACHED_EVENT_CONTENT_TYPE, ATTACHED_FIELD, AttachedText, ContractViolation, EventEnvelope, EventType, EventTypes } from '@newswire/contracts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const SEPARATOR = 0;

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw notUtf8('the message body');
  }
}

function notUtf8(what: string): ContractViolation {
  return new ContractViolation([`${what} is not valid UTF-8 (send other encodings as contentBase64)`]);
}

/** A message body as JSON; invalid UTF-8 or JSON is a contract violation, never silently repaired. */
export function parseJsonMessage(content: Uint8Array): unknown {
  const text = decodeUtf8(content);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ContractViolation([`malformed JSON: ${(error as Error).message}`]);
  }
}

/**
 * An envelope as the bytes it is stored and published as: UTF-8 JSON, with the type's attached
 * field (contracts' ATTACHED_FIELD) after a NUL byte as raw UTF-8, so a page is neither escaped
 * into JSON here nor parsed out of it by the consumer. The field may be held as text or as its bytes.
 */
export function encodeEventBody(envelope: EventEnvelope): Buffer {
  const field = ATTACHED_FIELD[envelope.type as EventType];
  const detached = field ? detach(envelope.payload, field) : null;
  return detached ? attachedBody({ ...envelope, payload: detached.rest }, detached.text) : Buffer.from(JSON.stringify(envelope));
}

/**
 * A bare article.submitted payload in the same form, its content after the JSON: what
 * `newswire submit` publishes to the ingest queue (which also takes the payload as plain JSON).
 */
export function encodeSubmissionBody(payload: Record<string, unknown>): Buffer {
  const detached = detach(payload, ATTACHED_FIELD[EventTypes.ArticleSubmitted]);
  return detached ? attachedBody(detached.rest, detached.text) : Buffer.from(JSON.stringify(payload));
}

/** The payload without its attached field, and that field's text or bytes; null when it holds neither. */
function detach(payload: unknown, field: string): { rest: Record<string, unknown>; text: AttachedText } | null {
  const text = (payload as Record<string, unknown> | null | undefined)?.[field];
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) return null;
  const rest = { ...(payload as Record<string, unknown>) };
  delete rest[field];
  return { rest, text };
}

function attachedBody(json: unknown, text: AttachedText): Buffer {
  return Buffer.concat([Buffer.from(JSON.stringify(json)), Buffer.of(SEPARATOR), typeof text === 'string' ? Buffer.from(text) : text]);
}

/** A body cut at its first NUL: the JSON's bytes and the attached text's bytes (null when there is no NUL). */
export function splitAttachment(body: Buffer): { json: Buffer; attached: Buffer | null } {
  const cut = body.indexOf(SEPARATOR);
  return cut < 0 ? { json: body, attached: null } : { json: body.subarray(0, cut), attached: body.subarray(cut + 1) };
}

/** Attached bytes that must be UTF-8 (checked without decoding them); anything else is a contract violation. */
export function checkUtf8(bytes: Buffer, what: string): Buffer {
  if (!isUtf8(bytes)) throw notUtf8(what);
  return bytes;
}

/** The body without its attached text, up to and including the NUL (a body without one is returned as is). */
export function withoutAttachment(body: Buffer): Buffer {
  const cut = body.indexOf(SEPARATOR);
  return cut < 0 ? body : body.subarray(0, cut + 1);
}

/** Whether a body is one withoutAttachment cut: the JSON and the NUL, the text to follow missing. */
export function lacksAttachment(body: Buffer): boolean {
  return body.length > 0 && body[body.length - 1] === SEPARATOR;
}

/** A body withoutAttachment cut, made whole again with its attached text. */
export function withAttachment(cut: Buffer, text: string): Buffer {
  return Buffer.concat([cut, Buffer.from(text)]);
}

/** The AMQP content type of an encoded body. */
export function eventBodyContentType(body: Buffer): string {
  return body.includes(SEPARATOR) ? ATTACHED_EVENT_CONTENT_TYPE : 'application/json';
}

/**
 * An event's body back as the raw envelope to validate: plain JSON, or JSON whose type names an
 * attached field followed by that field's text, which stays UTF-8 bytes (contracts' CarriedPayloadOf).
 * Anything else is a contract violation.
 */
export function decodeEventBody(body: Buffer): unknown {
  const { json, attached } = splitAttachment(body);
  if (attached === null) return parseJsonMessage(body);
  const head = parseJsonMessage(json) as { type?: unknown; payload?: unknown };
  const field = typeof head?.type === 'string' ? ATTACHED_FIELD[head.type as EventType] : undefined;
  if (!field || typeof head.payload !== 'object' || head.payload === null || Array.isArray(head.payload)) {
    throw new ContractViolation([`a NUL byte ends the JSON only in events with an attached field (${Object.keys(ATTACHED_FIELD).join(', ')})`]);
  }
  const payload = head.payload as Record<string, unknown>;
  if (field in payload) throw new ContractViolation([`payload.${field} is both in the JSON and attached`]);
  // Kept as its bytes: one string of a whole page is allocated outside V8's young generation, and that
  // costs more than the decoding (page faults, old-generation collections); the parser decodes it in pieces.
  payload[field] = checkUtf8(attached, 'the message body');
  return head;
}
