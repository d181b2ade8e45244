import { ATTACHED_EVENT_CONTENT_TYPE, ATTACHED_FIELD, ContractViolation, EventEnvelope, EventType } from '@newswire/contracts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const SEPARATOR = 0;

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new ContractViolation(['the message body is not valid UTF-8 (send other encodings as contentBase64)']);
  }
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
 * into JSON here nor parsed out of it by the consumer.
 */
export function encodeEventBody(envelope: EventEnvelope): Buffer {
  const field = ATTACHED_FIELD[envelope.type as EventType];
  const payload = envelope.payload as Record<string, unknown>;
  if (!field || typeof payload?.[field] !== 'string') return Buffer.from(JSON.stringify(envelope));
  const { [field]: attached, ...rest } = payload;
  return Buffer.concat([Buffer.from(JSON.stringify({ ...envelope, payload: rest })), Buffer.of(SEPARATOR), Buffer.from(attached as string)]);
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
 * attached field followed by that field's text. Anything else is a contract violation.
 */
export function decodeEventBody(body: Buffer): unknown {
  const cut = body.indexOf(SEPARATOR);
  if (cut < 0) return parseJsonMessage(body);
  const head = parseJsonMessage(body.subarray(0, cut)) as { type?: unknown; payload?: unknown };
  const field = typeof head?.type === 'string' ? ATTACHED_FIELD[head.type as EventType] : undefined;
  if (!field || typeof head.payload !== 'object' || head.payload === null || Array.isArray(head.payload)) {
    throw new ContractViolation([`a NUL byte ends the JSON only in events with an attached field (${Object.keys(ATTACHED_FIELD).join(', ')})`]);
  }
  const payload = head.payload as Record<string, unknown>;
  if (field in payload) throw new ContractViolation([`payload.${field} is both in the JSON and attached`]);
  payload[field] = decodeUtf8(body.subarray(cut + 1));
  return head;
}
