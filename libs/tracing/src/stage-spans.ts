import { Context, context, createContextKey, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { tracingEnabled } from './tracing-setup';

/** W3C trace context as carried in AMQP headers and stored with outbox rows: `traceparent` (and `tracestate`). */
export type TraceHeaders = Record<string, string>;

const ARTICLE_ID = createContextKey('newswire.article_id');
const MESSAGE_ID = createContextKey('newswire.message_id');

const tracer = () => trace.getTracer('newswire');

/** What one message's work runs under: its consume span, and the context carrying it and the message's ids. */
export interface MessageTrace {
  span: Span;
  context: Context;
}

export interface MessageIds {
  messageId: string;
  articleId?: string;
  eventType?: string;
}

/** The trace context a carrier (AMQP or HTTP headers) brings, if any. */
export function extractTraceContext(headers: Record<string, unknown> | undefined): Context {
  if (!headers || typeof headers.traceparent !== 'string') return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, headers);
}

/** The trace context to send on: the active span's, or none when no trace is known. */
export function currentTraceHeaders(active: Context = context.active()): TraceHeaders | undefined {
  const carrier: TraceHeaders = {};
  propagation.inject(active, carrier);
  return carrier.traceparent ? carrier : undefined;
}

/**
 * Starts the span of one message's handling in a stage (consuming a delivery, or an HTTP
 * submission), continuing the trace its headers carry; a message without one starts a trace.
 */
export function startMessageSpan(name: string, kind: SpanKind, parent: Context, ids: MessageIds, attributes: Record<string, string> = {}): MessageTrace {
  const span = tracer().startSpan(
    name,
    {
      kind,
      attributes: tracingEnabled()
        ? {
            'messaging.system': 'rabbitmq',
            'messaging.message.id': ids.messageId,
            ...(ids.articleId ? { 'newswire.article_id': ids.articleId } : {}),
            ...(ids.eventType ? { 'newswire.event_type': ids.eventType } : {}),
            ...attributes,
          }
        : undefined,
    },
    parent,
  );
  let spanContext = trace.setSpan(parent, span).setValue(MESSAGE_ID, ids.messageId);
  if (ids.articleId) spanContext = spanContext.setValue(ARTICLE_ID, ids.articleId);
  return { span, context: spanContext };
}

/** The consume span of a delivery, continuing the trace its AMQP headers carry. */
export function startConsumeSpan(
  stage: string,
  queue: string,
  headers: Record<string, unknown> | undefined,
  delivery: { messageId: string; envelope?: { articleId: string; type: string } },
): MessageTrace {
  const { messageId, envelope } = delivery;
  return startMessageSpan(
    `consume ${envelope?.type ?? queue}`,
    SpanKind.CONSUMER,
    extractTraceContext(headers),
    { messageId, articleId: envelope?.articleId, eventType: envelope?.type },
    { 'messaging.destination.name': queue, 'newswire.stage': stage },
  );
}

export function activeContext(): Context {
  return context.active();
}

/** Runs `work` in a child span of `parent` (made active, so log lines and emitted events carry it). */
export async function inChildSpan<T>(parent: Context, name: string, work: () => Promise<T>): Promise<T> {
  const span = tracer().startSpan(name, {}, parent);
  try {
    return await context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    failSpan(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** Runs one step several messages share (a batch's commit) with a span in each message's trace. */
export async function inChildSpans<T>(parents: Context[], name: string, work: () => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return work();
  const spans = parents.map((parent) => tracer().startSpan(name, {}, parent));
  try {
    const result = await work();
    endSpans(spans);
    return result;
  } catch (error) {
    endSpans(spans, error);
    throw error;
  }
}

export function endSpans(spans: Span[], error?: unknown): void {
  for (const span of spans) {
    if (error !== undefined) failSpan(span, error);
    span.end();
  }
}

/** The headers a message is published with, and `settle`, which ends its publish span with the confirm's outcome. */
export interface PublishTrace {
  headers: Record<string, unknown> | undefined;
  settle<T>(confirmed: Promise<T>): Promise<T>;
}

const UNTRACED_SETTLE = <T>(confirmed: Promise<T>) => confirmed;

/**
 * A publish span for a message whose headers carry a trace: the headers to send then point at the
 * publish span, so the next stage's consume span is its child. Messages outside a trace, and every
 * message when tracing is off, go out untouched.
 */
export function startPublishSpan(routingKey: string, headers: Record<string, unknown> | undefined): PublishTrace {
  if (!tracingEnabled() || !headers || typeof headers.traceparent !== 'string') return { headers, settle: UNTRACED_SETTLE };
  const span = tracer().startSpan(
    `publish ${routingKey}`,
    { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'rabbitmq', 'messaging.destination.name': routingKey } },
    extractTraceContext(headers),
  );
  const next: Record<string, unknown> = { ...headers };
  propagation.inject(trace.setSpan(ROOT_CONTEXT, span), next);
  return {
    headers: next,
    settle: (confirmed) =>
      confirmed.then(
        (value) => {
          span.end();
          return value;
        },
        (error: unknown) => {
          failSpan(span, error);
          span.end();
          throw error;
        },
      ),
  };
}

export function failSpan(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
}

/** The ids log lines carry, read from the active context: trace, span, article and message. */
export function activeLogFields(): { traceId?: string; spanId?: string; articleId?: string; messageId?: string } {
  const active = context.active();
  const fields: { traceId?: string; spanId?: string; articleId?: string; messageId?: string } = {};
  const spanContext = trace.getSpanContext(active);
  if (spanContext && trace.isSpanContextValid(spanContext)) {
    fields.traceId = spanContext.traceId;
    fields.spanId = spanContext.spanId;
  }
  const articleId = active.getValue(ARTICLE_ID);
  const messageId = active.getValue(MESSAGE_ID);
  if (typeof articleId === 'string') fields.articleId = articleId;
  if (typeof messageId === 'string') fields.messageId = messageId;
  return fields;
}

/** Runs `work` with a message's context active, so its log lines carry the message's ids. */
export function withMessageContext<T>(trace: MessageTrace | undefined, work: () => T): T {
  return trace ? context.with(trace.context, work) : work();
}

export { SpanKind };

/** Runs `work` with a message's span active, then ends the span (failed when `work` throws). */
export async function inMessageSpan<T>(message: MessageTrace, work: () => Promise<T>): Promise<T> {
  try {
    return await context.with(message.context, work);
  } catch (error) {
    failSpan(message.span, error);
    throw error;
  } finally {
    message.span.end();
  }
}
