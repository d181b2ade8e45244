import { ZodError } from 'zod';
import { EnvelopeSchema, EventEnvelope } from './event-envelope';
import { EventSchemas } from './event-registry';
import { EventType, isEventType } from './event-types';
import { schemaViewOf, withAttachedBytes } from './event-attachments';

/** A message that can never be processed as sent: it goes to the dead-letter queue at once. */
export class ContractViolation extends Error {
  constructor(readonly issues: string[]) {
    super(`contract violation: ${issues.join('; ')}`);
    this.name = 'ContractViolation';
  }
}

/** A zod error as at most ten readable lines, each `path: message` (`prefix` leads every path). */
export function describeZodIssues(error: ZodError, prefix = ''): string[] {
  return error.issues.slice(0, 10).map((issue) => {
    const at = [prefix, ...issue.path].filter((p) => p !== '').join('.');
    return at ? `${at}: ${issue.message}` : issue.message;
  });
}

/** Checks an event's payload against the schema of its type and version. */
export function validatePayload<T extends EventType>(type: T, version: number, payload: unknown): unknown {
  const schema = (EventSchemas[type] as Record<number, import('zod').ZodTypeAny>)[version];
  if (!schema) throw new ContractViolation([`unsupported version ${version} of ${type}`]);
  const result = schema.safeParse(payload);
  if (!result.success) throw new ContractViolation(describeZodIssues(result.error, 'payload'));
  return result.data;
}

/** Validates an incoming envelope: known type, supported version, payload of the right shape. */
export function validateEnvelope(raw: unknown, expectedType?: EventType): EventEnvelope {
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) throw new ContractViolation(describeZodIssues(parsed.error));
  const envelope = parsed.data;
  if (!isEventType(envelope.type)) throw new ContractViolation([`unknown event type "${envelope.type}"`]);
  if (expectedType && envelope.type !== expectedType) {
    throw new ContractViolation([`expected ${expectedType}, got ${envelope.type}`]);
  }
  // An attached field carried as bytes (UTF-8, checked where it was read) is validated as its schema view.
  const payload = withAttachedBytes(
    envelope.type,
    envelope.payload,
    validatePayload(envelope.type, envelope.version, schemaViewOf(envelope.type, envelope.payload)),
  );
  return { ...envelope, type: envelope.type, payload } as EventEnvelope;
}
