import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { loadServiceConfig, redactUrl, ServiceConfig } from '@newswire/config';
import { StageName } from '@newswire/contracts';
import { createStageDataSource, ensureDatabaseExists, migrateStageSchema } from '@newswire/persistence';
import { AmqpStageTransport, AttachmentSource, DeliveryDecoder, retryWithBackoff } from '@newswire/messaging';
import { StageMetrics } from '@newswire/metrics';
import { HealthController } from './health.controller';
import { stageLoggingParams } from './logging/stage-logging';
import { MetricsController } from './metrics/metrics.controller';
import { observeStage } from './metrics/observe-stage';
import { SERVICE_CONFIG, STAGE_NAME } from './stage-runtime.tokens';

export interface StageRuntimeOptions {
  stage: StageName;
  defaultHttpPort: number;
  /** PREFETCH's default, when the stage's messages are whole pages (see PAGE_PREFETCH). */
  defaultPrefetch?: number;
  /** How deliveries become envelopes, when the stage takes more than plain envelopes. */
  decode?: (config: ServiceConfig) => DeliveryDecoder;
  /** Where the stage's tables keep the attached text of the events it emits (its outbox then stores them without it). */
  attachments?: AttachmentSource;
  /** Made-up message bodies of the stage's input, run through it in rolled-back transactions before consuming. */
  rehearsal?: () => Buffer[];
}

/** The transport gets the part of the configuration it uses (no HTTP settings, no API keys). */
function createTransport(options: StageRuntimeOptions, config: ServiceConfig, dataSource: DataSource, metrics: StageMetrics): AmqpStageTransport {
  const { amqpUrl, namespace, prefetch, batchSize, batchLingerMs, maxAttempts, retryDelaysMs, connectTimeoutMs, outboxSweepMs, inboxRetentionDays } = config;
  const transport = new AmqpStageTransport({
    stage: options.stage,
    amqpUrl,
    namespace,
    dataSource,
    consuming: { prefetch, batchSize, batchLingerMs, maxAttempts, retryDelaysMs },
    connectTimeoutMs,
    outboxSweepMs,
    inboxRetentionDays,
    decode: options.decode?.(config),
    metrics,
    attachments: options.attachments,
    rehearsal: options.rehearsal,
  });
  observeStage(metrics, dataSource, transport);
  return transport;
}

export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`cannot reach PostgreSQL at ${redactUrl(url)}: ${(cause as Error)?.message ?? cause}`);
    this.name = 'DatabaseUnreachableError';
  }
}

async function openStageDatabase(options: StageRuntimeOptions, config: ServiceConfig): Promise<DataSource> {
  const logger = new Logger('Database');
  const deadline = Date.now() + config.connectTimeoutMs;
  return retryWithBackoff(
    async () => {
      await ensureDatabaseExists(config.databaseUrl);
      const dataSource = createStageDataSource({ stage: options.stage, databaseUrl: config.databaseUrl, poolSize: config.dbPoolSize });
      await dataSource.initialize();
      await migrateStageSchema(dataSource, options.stage);
      return dataSource;
    },
    (error, delay) => {
      if (Date.now() + delay > deadline) throw new DatabaseUnreachableError(config.databaseUrl, error);
      logger.warn(`PostgreSQL not ready (${(error as Error).message}); retrying in ${delay} ms`);
    },
  );
}

class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * What every stage process shares: its validated config, a data source on its own schema
 * (migrated at boot), structured logging, its RabbitMQ transport (injectable where a controller hands work to the
 * stage outside the broker), health endpoints and Prometheus metrics.
 */
@Global()
@Module({})
export class StageRuntimeModule {
  static forStage(options: StageRuntimeOptions): DynamicModule {
    return {
      module: StageRuntimeModule,
      imports: [
        TerminusModule.forRoot(),
        LoggerModule.forRootAsync({
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) => stageLoggingParams(options.stage, config),
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: STAGE_NAME, useValue: options.stage },
        { provide: StageMetrics, useFactory: () => new StageMetrics(options.stage) },
        { provide: SERVICE_CONFIG, useFactory: () => loadServiceConfig({ httpPort: options.defaultHttpPort, prefetch: options.defaultPrefetch }) },
        { provide: DataSource, inject: [SERVICE_CONFIG], useFactory: (config: ServiceConfig) => openStageDatabase(options, config) },
        {
          provide: AmqpStageTransport,
          inject: [SERVICE_CONFIG, DataSource, StageMetrics],
          useFactory: (config: ServiceConfig, dataSource: DataSource, metrics: StageMetrics) => createTransport(options, config, dataSource, metrics),
        },
        DataSourceCloser,
      ],
      exports: [SERVICE_CONFIG, STAGE_NAME, DataSource, AmqpStageTransport, StageMetrics],
    };
  }
}
