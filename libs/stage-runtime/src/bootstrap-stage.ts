import type { Server } from 'http';
import { Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { ServiceConfig } from '@newswire/config';
import { StageName } from '@newswire/contracts';
import { AmqpStageTransport } from '@newswire/messaging';
import { startTracing, stopTracing } from '@newswire/tracing';
import { Logger as PinoLogger } from 'nestjs-pino';
import { ApiDocsOptions, serveApiDocs } from './api-docs';
import { applyHttpSecurity } from './http-security/http-security';
import { limitHeapGrowth } from './memory/heap-growth';
import { SERVICE_CONFIG } from './stage-runtime.tokens';

export interface BootstrapStageOptions {
  stage: StageName;
  module: Type<unknown>;
  /** An HTTP API to document: OpenAPI at /docs (UI) and /docs/json. */
  apiDocs?: ApiDocsOptions;
}

/**
 * Starts a stage process: HTTP (health and the stage's API) plus the RabbitMQ transport.
 * On SIGTERM/SIGINT it stops consuming, finishes in-flight work, then exits; a failure to
 * start is one clear line on stderr and exit code 1.
 */
export async function bootstrapStage(options: BootstrapStageOptions): Promise<void> {
  limitHeapGrowth(options.stage);
  const logger = new Logger(`newswire:${options.stage}`);
  let app: NestExpressApplication;
  let transport: AmqpStageTransport;
  let config: ServiceConfig;
  try {
    // Start-up lines are buffered until the JSON logger takes over.
    app = await NestFactory.create<NestExpressApplication>(options.module, { bodyParser: false, abortOnError: false, bufferLogs: true });
    app.useLogger(app.get(PinoLogger));
    config = app.get<ServiceConfig>(SERVICE_CONFIG);
    startTracing(`newswire-${options.stage}`, config.otlpTracesUrl);
    applyHttpSecurity(app, config); // before the body parsers: reject unauthenticated bodies unread
    app.useBodyParser('json', { limit: config.maxArticleBytes * 2 });
    app.useBodyParser('text', { type: ['text/plain', 'text/html'], limit: config.maxArticleBytes });
    if (options.apiDocs) serveApiDocs(app, options.apiDocs);
    transport = app.get(AmqpStageTransport);
    app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
    await app.startAllMicroservices();
    await app.listen(config.httpPort, config.httpHost);
    // Node's 5 s keep-alive is shorter than clients' and proxies' idle timeouts (undici, load balancers
    // at 60 s): a client reusing a socket the server is closing gets "other side closed". Outlast them.
    const server: Server = app.getHttpServer();
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  } catch (error) {
    process.stderr.write(`newswire ${options.stage}: cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  logger.log(`${options.stage} ready (http ${config.httpHost}:${config.httpPort}, namespace ${config.namespace})`);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.log(`${signal}: finishing in-flight work`);
    const forceExit = setTimeout(() => {
      logger.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs);
    forceExit.unref();
    try {
      await transport.close(); // before the data source goes away
      await app.close();
      await stopTracing(); // exports the spans still buffered
      process.exit(0);
    } catch (error) {
      logger.error(`shutdown failed: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
