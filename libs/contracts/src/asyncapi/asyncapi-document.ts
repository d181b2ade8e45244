import { z } from 'zod';
import { EnvelopeSchema } from '../event-envelope';
import { ATTACHED_EVENT_CONTENT_TYPE, ATTACHED_FIELD } from '../event-attachments';
import { CURRENT_VERSION, EventSchemas } from '../event-registry';
import { ALL_EVENT_TYPES, EventType } from '../event-types';
import { STAGE_NAMES, Stages } from '../stages';

/** `article.enriched` → `articleEnriched`: AsyncAPI component keys allow no dots. */
function camel(type: string): string {
  return type.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase());
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const converted = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  delete converted.$schema; // the document states its own schema format
  return converted;
}

const headers = {
  type: 'object',
  properties: {
    traceparent: { type: 'string', description: 'W3C trace context: the article’s trace, continued by every stage.' },
    tracestate: { type: 'string', description: 'W3C trace state, carried with traceparent.' },
  },
};

/**
 * The AsyncAPI 3 document of the events on the topic exchange, built from the contracts: each
 * event type is a channel (its routing key), each schema version a message whose payload is the
 * envelope with that version's payload schema. `npm run docs:asyncapi` writes it to docs/asyncapi.json.
 */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const type of ALL_EVENT_TYPES) {
    const versions = EventSchemas[type] as Record<number, z.ZodType>;
    const messageRefs: Record<string, { $ref: string }> = {};
    for (const [version, payload] of Object.entries(versions)) {
      const name = `${camel(type)}V${version}`;
      messages[name] = {
        name: type,
        title: `${type} v${version}${Number(version) === CURRENT_VERSION[type] ? ' (current)' : ''}`,
        contentType: ATTACHED_FIELD[type] ? ATTACHED_EVENT_CONTENT_TYPE : 'application/json',
        ...(ATTACHED_FIELD[type]
          ? {
              description:
                `The envelope as UTF-8 JSON without \`payload.${ATTACHED_FIELD[type]}\`, then one NUL byte, then that field's text as raw UTF-8 ` +
                `(the payload schema below describes the envelope with the field in place). A body without a NUL byte is the whole envelope as JSON, also accepted.`,
            }
          : {}),
        headers,
        correlationId: { location: '$message.payload#/correlationId' },
        payload: jsonSchema(EnvelopeSchema.extend({ type: z.literal(type), version: z.literal(Number(version)), payload })),
      };
      messageRefs[name] = { $ref: `#/components/messages/${name}` };
    }
    const consumers = STAGE_NAMES.filter((stage) => Stages[stage].consumes === type);
    const producers = STAGE_NAMES.filter((stage) => Stages[stage].emits === type);
    channels[camel(type)] = {
      address: type,
      description:
        `Routing key \`${type}\` on the topic exchange \`<namespace>.events\`` +
        (consumers.length ? `, queued for ${consumers.map((s) => `\`<namespace>.${s}\``).join(', ')}` : ', which no stage consumes') +
        `. Consumers accept every listed version; producers write v${CURRENT_VERSION[type]}.`,
      messages: messageRefs,
    };
    const channel = { $ref: `#/channels/${camel(type)}` };
    const all = Object.keys(messageRefs).map((name) => ({ $ref: `#/channels/${camel(type)}/messages/${name}` }));
    for (const stage of producers) operations[`${camel(stage)}Sends${camelUpper(type)}`] = { action: 'send', channel, messages: all };
    for (const stage of consumers) operations[`${camel(stage)}Receives${camelUpper(type)}`] = { action: 'receive', channel, messages: all };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Newswire events',
      version: '1',
      description:
        'Events between the Newswire stages over RabbitMQ. Messages are persistent JSON envelopes published with confirms; ' +
        'the message id is the envelope id, and the W3C trace context travels in the headers. Generated from libs/contracts.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}

function camelUpper(type: EventType | string): string {
  const name = camel(type);
  return name[0].toUpperCase() + name.slice(1);
}

/** The document as checked in: two-space JSON with a final newline. */
export function renderAsyncApiDocument(): string {
  return `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`;
}
