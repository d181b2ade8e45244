import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { loadServiceConfig, redactUrl, ServiceConfig } from '@newswire/config';
import { StageName } from '@newswire/contracts';
import { createStageDataSource, ensureDatabaseExists, migrateStageSchema } from '@newswire/persistence';
import { retryWithBackoff } from '@newswire/messaging';
import { HealthController } from './health.controller';
import { stageLoggingParams } from './logging/stage-logging';
import { SERVICE_CONFIG } from './stage-runtime.tokens';
import { StageStatus } from './stage-status';

export interface StageRuntimeOptions {
  stage: StageName;
  defaultHttpPort: number;
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
 * (migrated at boot), structured logging, and a health endpoint.
 */
@Global()
@Module({})
export class StageRuntimeModule {
  static forStage(options: StageRuntimeOptions): DynamicModule {
    return {
      module: StageRuntimeModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) => stageLoggingParams(options.stage, config),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_CONFIG, useFactory: () => loadServiceConfig(options.defaultHttpPort) },
        { provide: DataSource, inject: [SERVICE_CONFIG], useFactory: (config: ServiceConfig) => openStageDatabase(options, config) },
        StageStatus,
        DataSourceCloser,
      ],
      exports: [SERVICE_CONFIG, DataSource, StageStatus],
    };
  }
}
