import { context, propagation } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * Registers, for the enclosing describe (or file), the async context manager and W3C propagator a process
 * installs at start-up, without an exporter: tracing off, as without OTEL_EXPORTER_OTLP_ENDPOINT.
 */
export function useTraceContextWithoutExporter(): void {
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  });
  afterAll(() => {
    context.disable();
    propagation.disable();
  });
}
