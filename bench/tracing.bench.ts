/**
 * What tracing costs a message in a stage, off (no OTLP endpoint) and on (spans recorded and
 * batched for export; the exporter here drops them, so the figure is the SDK's work, not the
 * network's): the consume span, the handler span with an emitted event's trace context, the
 * commit span and the publish span, as the batch consumer and publisher run them.
 * `npm run bench:tracing [-- --messages N]`; prints a table.
 */
import { performance } from 'perf_hooks';
import { ExportResultCode } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-node';
import { currentTraceHeaders, inChildSpan, inChildSpans, startConsumeSpan, startPublishSpan, startTracing, stopTracing } from '@newswire/tracing';

const args = process.argv.slice(2);
const messages = args.includes('--messages') ? Number(args[args.indexOf('--messages') + 1]) : 50000;

/** Takes the batches and drops them: the SDK does all its work, nothing leaves the process. */
class DiscardingExporter implements SpanExporter {
  spans = 0;
  export(spans: ReadableSpan[], done: (result: { code: ExportResultCode }) => void): void {
    this.spans += spans.length;
    done({ code: ExportResultCode.SUCCESS });
  }
  async shutdown(): Promise<void> {}
}

async function oneMessage(i: number): Promise<void> {
  const headers = { traceparent: `00-${(i + 1).toString(16).padStart(32, '0')}-00f067aa0ba902b7-01` };
  const trace = startConsumeSpan('parse', 'newswire.parse', headers, {
    messageId: `m-${i}`,
    envelope: { articleId: '0b7c5a2e-8a4e-4e8e-9a55-0d6f2f3e4a10', type: 'article.ingested' },
  });
  const emitted = await inChildSpan(trace.context, 'handle article.ingested', async () => currentTraceHeaders());
  await inChildSpans([trace.context], 'commit', async () => undefined);
  await startPublishSpan('article.parsed', emitted).settle(Promise.resolve());
  trace.span.end();
}

/** The same awaits without a tracing call: the baseline the two rows are compared with. */
async function untracedMessage(): Promise<void> {
  await (async () => undefined)();
  await (async () => undefined)();
  await Promise.resolve();
}

async function run(label: string, message: (i: number) => Promise<void> = oneMessage): Promise<{ label: string; usPerMessage: number }> {
  for (let i = 0; i < 2000; i++) await message(i); // warm-up
  const start = performance.now();
  for (let i = 0; i < messages; i++) await message(i);
  return { label, usPerMessage: ((performance.now() - start) * 1000) / messages };
}

async function main(): Promise<void> {
  const baseline = await run('no tracing calls (baseline)', untracedMessage);
  startTracing('newswire-bench', null);
  const off = await run('off (no endpoint)');
  const exporter = new DiscardingExporter();
  startTracing('newswire-bench', exporter);
  const on = await run('on (4 spans a message)');
  await stopTracing();
  console.log(`tracing cost per message, ${messages} messages (spans exported: ${exporter.spans})`);
  console.log('| tracing | µs per message |');
  console.log('|---|---:|');
  for (const row of [baseline, off, on]) console.log(`| ${row.label} | ${row.usPerMessage.toFixed(1)} |`);
}

void main();
