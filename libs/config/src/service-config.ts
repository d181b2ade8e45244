import { readAmqpUrl, readDatabaseUrl, readNamespace } from './connection-settings';
import { EnvReader } from './env-reader';

/** Settings every stage service shares. Defaults point at the local RabbitMQ and Postgres. */
export interface ServiceConfig {
  amqpUrl: string;
  databaseUrl: string;
  /** Prefix of every exchange and queue name, so test runs and deployments stay apart. */
  namespace: string;
  /** Unacked deliveries a consumer may hold. */
  prefetch: number;
  /** Deliveries processed in one transaction and one confirm wait. */
  batchSize: number;
  /** How long a partial batch waits for more deliveries. */
  batchLingerMs: number;
  /** Handler attempts before a message is dead-lettered. */
  maxAttempts: number;
  /** Back-off before each retry; the last entry repeats. */
  retryDelaysMs: number[];
  /** How often the outbox relay sweeps rows left unpublished (e.g. by a crash). */
  outboxSweepMs: number;
  /** Days an inbox claim is kept (duplicates arrive within minutes; outputs are keyed by article anyway). */
  inboxRetentionDays: number;
  dbPoolSize: number;
  httpHost: string;
  httpPort: number;
  /** Largest article body accepted, in bytes. */
  maxArticleBytes: number;
  shutdownTimeoutMs: number;
  /** How long start-up waits for RabbitMQ and Postgres before giving up with a clear error. */
  connectTimeoutMs: number;
  /** Keys accepted by the HTTP APIs; empty means unauthenticated, which is allowed on loopback only. */
  apiKeys: string[];
  /** Requests per minute per client (API key or address) before 429. */
  rateLimitPerMinute: number;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: LogLevel;
  /** JSON lines, or pino-pretty; `auto` is pretty on a terminal and JSON otherwise. */
  logFormat: 'auto' | 'json' | 'pretty';
  /** Where spans are exported (OTLP/HTTP); null leaves tracing off. From the standard OTEL_EXPORTER_OTLP_* variables. */
  otlpTracesUrl: string | null;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.');
}

/**
 * The OTLP/HTTP traces URL as the OpenTelemetry spec defines it: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as
 * given, else OTEL_EXPORTER_OTLP_ENDPOINT plus /v1/traces; none (or OTEL_SDK_DISABLED=true) is off.
 */
function readOtlpTracesUrl(read: EnvReader, env: NodeJS.ProcessEnv): string | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return read.url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', '', ['http', 'https']);
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  const base = read.url('OTEL_EXPORTER_OTLP_ENDPOINT', '', ['http', 'https']);
  return `${base.replace(/\/+$/, '')}/v1/traces`;
}

/** What a service's configuration defaults to where the environment is silent and the service differs from the rest. */
export interface ServiceDefaults {
  httpPort: number;
  /** PREFETCH's default (64 otherwise). */
  prefetch?: number;
}

export function loadServiceConfig(defaults: ServiceDefaults, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const read = new EnvReader(env);
  const config: ServiceConfig = {
    amqpUrl: readAmqpUrl(read),
    databaseUrl: readDatabaseUrl(read),
    namespace: readNamespace(read),
    prefetch: read.int('PREFETCH', defaults.prefetch ?? 64, { min: 1, max: 5000 }),
    batchSize: read.int('BATCH_SIZE', 32, { min: 1, max: 1000 }),
    batchLingerMs: read.int('BATCH_LINGER_MS', 4, { min: 0, max: 5000 }),
    maxAttempts: read.int('MAX_ATTEMPTS', 5, { min: 1, max: 100 }),
    retryDelaysMs: read.intList('RETRY_DELAYS_MS', [1000, 5000, 30000]),
    outboxSweepMs: read.int('OUTBOX_SWEEP_MS', 1000, { min: 50, max: 600000 }),
    inboxRetentionDays: read.int('INBOX_RETENTION_DAYS', 30, { min: 1, max: 3650 }),
    dbPoolSize: read.int('DB_POOL_SIZE', 8, { min: 1, max: 200 }),
    httpHost: read.string('HTTP_HOST', '127.0.0.1'),
    httpPort: read.int('HTTP_PORT', defaults.httpPort, { min: 0, max: 65535 }),
    maxArticleBytes: read.int('MAX_ARTICLE_BYTES', 5 * 1024 * 1024, { min: 1024 }),
    shutdownTimeoutMs: read.int('SHUTDOWN_TIMEOUT_MS', 20000, { min: 100 }),
    connectTimeoutMs: read.int('CONNECT_TIMEOUT_MS', 30000, { min: 0 }),
    apiKeys: read.list('API_KEYS'),
    rateLimitPerMinute: read.int('RATE_LIMIT_PER_MINUTE', 6000, { min: 1 }),
    logLevel: read.pattern('LOG_LEVEL', 'info', new RegExp(`^(${LOG_LEVELS.join('|')})$`), `one of ${LOG_LEVELS.join(', ')}`) as LogLevel,
    logFormat: read.pattern('LOG_FORMAT', 'auto', /^(auto|json|pretty)$/, 'auto, json or pretty') as ServiceConfig['logFormat'],
    otlpTracesUrl: readOtlpTracesUrl(read, env),
  };
  if (config.apiKeys.some((key) => key.length < 16)) read.problem('API_KEYS entries must be at least 16 characters long');
  if (config.apiKeys.length === 0 && !isLoopbackHost(config.httpHost)) {
    read.problem(`API_KEYS must be set when HTTP_HOST (${config.httpHost}) is reachable from other machines`);
  }
  if (config.batchSize > config.prefetch) config.batchSize = config.prefetch;
  read.assertValid();
  return config;
}
