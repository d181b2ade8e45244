import { ConfigError } from './env-reader';
import { loadServiceConfig } from './service-config';

describe('loadServiceConfig', () => {
  it('defaults to the local RabbitMQ and Postgres', () => {
    const config = loadServiceConfig({ httpPort: 3001 }, {});
    expect(config.amqpUrl).toBe('amqp://guest:guest@127.0.0.1:5672');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/newswire');
    expect(config.httpPort).toBe(3001);
    expect(config.retryDelaysMs).toEqual([1000, 5000, 30000]);
    expect(config.inboxRetentionDays).toBe(30);
  });

  it("takes a service's own PREFETCH default (a page stage's), which the environment still overrides, empty meaning unset", () => {
    expect(loadServiceConfig({ httpPort: 3001 }, {}).prefetch).toBe(64);
    const pages = loadServiceConfig({ httpPort: 3001, prefetch: 16 }, { PREFETCH: '' });
    expect(pages.prefetch).toBe(16);
    expect(pages.batchSize).toBe(16);
    expect(loadServiceConfig({ httpPort: 3001, prefetch: 16 }, { PREFETCH: '40' }).prefetch).toBe(40);
  });

  it('reads overrides from the environment', () => {
    const config = loadServiceConfig(
      { httpPort: 3001 },
      {
        PREFETCH: '10',
        BATCH_SIZE: '50',
        RETRY_DELAYS_MS: '10, 20',
        NEWSWIRE_NAMESPACE: 'run_1',
        INBOX_RETENTION_DAYS: '7',
      },
    );
    expect(config.inboxRetentionDays).toBe(7);
    expect(config.prefetch).toBe(10);
    expect(config.batchSize).toBe(10); // never more than the prefetch allows
    expect(config.retryDelaysMs).toEqual([10, 20]);
    expect(config.namespace).toBe('run_1');
  });

  it('refuses an API reachable from other machines without API keys', () => {
    expect(() => loadServiceConfig({ httpPort: 3001 }, { HTTP_HOST: '0.0.0.0' })).toThrow(/API_KEYS must be set/);
    expect(loadServiceConfig({ httpPort: 3001 }, { HTTP_HOST: '0.0.0.0', API_KEYS: 'k1-0123456789abcdef, k2-0123456789abcdef' }).apiKeys).toEqual([
      'k1-0123456789abcdef',
      'k2-0123456789abcdef',
    ]);
    expect(() => loadServiceConfig({ httpPort: 3001 }, { API_KEYS: 'short' })).toThrow(/at least 16 characters/);
    expect(loadServiceConfig({ httpPort: 3001 }, {}).apiKeys).toEqual([]); // loopback: open for local development
  });

  it('names every invalid variable in one error', () => {
    let error: unknown;
    try {
      loadServiceConfig(
        { httpPort: 3001 },
        { PREFETCH: 'many', AMQP_URL: 'http://x', DATABASE_URL: 'nope', NEWSWIRE_NAMESPACE: 'Bad Name', INBOX_RETENTION_DAYS: '0' },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PREFETCH/);
    expect(problems).toMatch(/AMQP_URL/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/NEWSWIRE_NAMESPACE/);
    expect(problems).toMatch(/INBOX_RETENTION_DAYS/);
  });

  it('reads logging settings and the OTLP traces URL by the OpenTelemetry rules', () => {
    const defaults = loadServiceConfig({ httpPort: 3001 }, {});
    expect([defaults.logLevel, defaults.logFormat, defaults.otlpTracesUrl]).toEqual(['info', 'auto', null]);
    expect(loadServiceConfig({ httpPort: 3001 }, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).otlpTracesUrl).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(
      loadServiceConfig(
        { httpPort: 3001 },
        { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/in' },
      ).otlpTracesUrl,
    ).toBe('https://traces.example/in');
    expect(loadServiceConfig({ httpPort: 3001 }, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).otlpTracesUrl).toBeNull();
    expect(() => loadServiceConfig({ httpPort: 3001 }, { LOG_LEVEL: 'loud', LOG_FORMAT: 'xml', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      /LOG_LEVEL.*LOG_FORMAT.*OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
  });
});
