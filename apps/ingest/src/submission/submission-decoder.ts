import { createHash } from 'crypto';
import type { ConsumeMessage } from 'amqplib';
import { ContractViolation, EventEnvelope, EventTypes, schemaViewOf, validateEnvelope } from '@newswire/contracts';
import { checkUtf8, DeliveryDecoder, parseJsonMessage, splitAttachment } from '@newswire/messaging';
import { admitSubmission } from './normalize-submission';

/**
 * The ingest queue is public: anyone may publish either a full `article.submitted` envelope
 * or just its payload (`{"content": "...", "url": "..."}`) with any AMQP client. Both become
 * an envelope whose article id is derived from the content. The content may also follow the JSON
 * after a NUL byte as raw UTF-8 (contracts' ATTACHED_FIELD; `newswire submit` sends it so): then
 * the page is never escaped, parsed or decoded, only checked to be UTF-8. A message without a
 * message id gets one from its body, so identical resubmissions stay idempotent. A submission
 * refused here (invalid, too large, empty, binary) is dead-lettered by the consumer as a contract
 * violation.
 */
export function submissionDecoder(maxBytes: number): DeliveryDecoder {
  return (message: ConsumeMessage): EventEnvelope => {
    const { json, attached } = splitAttachment(message.content);
    const raw = parseJsonMessage(json);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ContractViolation(['the message must be a JSON object']);
    const isEnvelope = 'type' in raw && 'payload' in raw;
    const submitted = isEnvelope ? (raw as { payload: unknown }).payload : raw;
    const { payload, articleId } = admitSubmission(submitted, maxBytes, attached ? checkUtf8(attached, 'the attached content') : undefined);
    const props = message.properties;
    const given = raw as Partial<EventEnvelope>;
    const id =
      (isEnvelope && typeof given.id === 'string' && given.id) || props.messageId || `sha1:${createHash('sha1').update(message.content).digest('hex')}`;
    const envelope = {
      id,
      type: EventTypes.ArticleSubmitted,
      version: isEnvelope && given.version !== undefined ? given.version : 1,
      articleId,
      correlationId: (isEnvelope && given.correlationId) || props.correlationId || id,
      occurredAt: (isEnvelope && given.occurredAt) || new Date((props.timestamp ?? Date.now() / 1000) * 1000).toISOString(),
      payload: schemaViewOf(EventTypes.ArticleSubmitted, payload),
    };
    if (isEnvelope && (raw as { type: unknown }).type !== EventTypes.ArticleSubmitted) {
      throw new ContractViolation([`the ingest queue takes article.submitted, got "${String((raw as { type: unknown }).type)}"`]);
    }
    // The payload stays the object validated and normalised above (the same schema's output), so
    // the handler finds its normalisation instead of hashing the content again.
    return { ...validateEnvelope(envelope, EventTypes.ArticleSubmitted), payload };
  };
}
