import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, SpanExporter } from '@opentelemetry/sdk-trace-node';

let provider: NodeTracerProvider | null = null;
let contextReady = false;

/**
 * Sets up tracing for a process. The context manager and the W3C propagator are always
 * registered: a `traceparent` that arrives is carried on to the next stage (and into the log
 * lines) even by a process that records nothing. Spans are recorded and exported over OTLP/HTTP
 * (JSON) only when `exportTo` gives a URL (or an exporter of the SDK's, as tests in a Jest VM, where the
 * OTLP exporter's dynamic imports cannot run, use); otherwise the API's no-op tracer makes them free.
 */
export function startTracing(serviceName: string, exportTo: string | SpanExporter | null, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!contextReady) {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    contextReady = true;
  }
  if (provider || !exportTo) return provider !== null;
  // The exporter reads headers and timeout from the standard OTEL_EXPORTER_OTLP_* variables, the batch
  // processor its delays from OTEL_BSP_*.
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || serviceName }),
    spanProcessors: [new BatchSpanProcessor(typeof exportTo === 'string' ? new OTLPTraceExporter({ url: exportTo }) : exportTo)],
  });
  trace.setGlobalTracerProvider(provider);
  return true;
}

export function tracingEnabled(): boolean {
  return provider !== null;
}

/** Exports the spans still buffered and stops; call at shutdown. */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  provider = null;
  if (stopping) await stopping.shutdown();
}

/** Exports the spans still buffered, and goes on. */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}
