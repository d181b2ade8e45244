import { RequestMethod } from '@nestjs/common';
import type { IncomingMessage } from 'http';
import type { Params } from 'nestjs-pino';
import { stdTimeFunctions } from 'pino';
import type { ServiceConfig } from '@newswire/config';
import { StageName } from '@newswire/contracts';
import { activeLogFields } from '@newswire/tracing';

/** Whether log lines are pretty-printed: LOG_FORMAT decides, and `auto` means "when a terminal is attached". */
export function prettyLogs(config: Pick<ServiceConfig, 'logFormat'>, isTerminal = Boolean(process.stdout.isTTY)): boolean {
  return config.logFormat === 'pretty' || (config.logFormat === 'auto' && isTerminal);
}

/**
 * pino (through nestjs-pino) for a stage: one JSON object a line on stdout, each carrying the
 * service and stage, and the trace, span, article and message ids of the work it was written in
 * (read from the active OpenTelemetry context). Requests are logged by method, URL and status:
 * never their headers (API keys) or bodies (article content).
 */
export function stageLoggingParams(stage: StageName, config: Pick<ServiceConfig, 'logLevel' | 'logFormat'>): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      base: { service: `newswire-${stage}`, stage },
      timestamp: stdTimeFunctions.isoTime,
      mixin: () => activeLogFields(),
      serializers: {
        req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // Health probes every few seconds would drown the log.
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      ...(prettyLogs(config) ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
    },
  };
}
