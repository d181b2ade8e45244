import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { useTraceContextWithoutExporter } from '../../../test/support/trace-context';
import { activeLogFields, currentTraceHeaders, extractTraceContext, inChildSpan, startConsumeSpan, startPublishSpan, withMessageContext } from './stage-spans';
import { tracingEnabled } from './tracing-setup';

useTraceContextWithoutExporter();

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;

describe('stage spans with tracing off', () => {
  it('records nothing but carries an incoming traceparent on to emitted events and log lines', async () => {
    expect(tracingEnabled()).toBe(false);
    const message = startConsumeSpan(
      'parse',
      'ns.parse',
      { traceparent: PARENT },
      { messageId: 'm-1', envelope: { articleId: 'a-1', type: 'article.ingested' } },
    );
    expect(message.span.isRecording()).toBe(false);
    const seen = await inChildSpan(message.context, 'handle article.ingested', async () => ({ headers: currentTraceHeaders(), log: activeLogFields() }));
    expect(seen.headers).toEqual({ traceparent: PARENT });
    expect(seen.log).toEqual({ traceId: TRACE_ID, spanId: '00f067aa0ba902b7', articleId: 'a-1', messageId: 'm-1' });
  });

  it('starts no trace for a message without one, and publishes headers untouched', () => {
    const message = startConsumeSpan('ingest', 'ns.ingest', {}, { messageId: 'm-2' });
    expect(withMessageContext(message, () => currentTraceHeaders())).toBeUndefined();
    expect(withMessageContext(message, () => activeLogFields())).toEqual({ messageId: 'm-2' });
    const headers = { traceparent: PARENT, 'x-attempt': 2 };
    expect(startPublishSpan('article.parsed', headers).headers).toBe(headers);
  });

  it('ignores a malformed traceparent', () => {
    expect(trace.getSpanContext(extractTraceContext({ traceparent: 'garbage' }))).toBeUndefined();
    expect(extractTraceContext(undefined)).toBe(ROOT_CONTEXT);
  });
});
