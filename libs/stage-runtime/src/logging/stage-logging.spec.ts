import { Writable } from 'stream';
import pino from 'pino';
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { startConsumeSpan, withMessageContext } from '@newswire/tracing';
import { useTraceContextWithoutExporter } from '../../../../test/support/trace-context';
import { prettyLogs, stageLoggingParams } from './stage-logging';

describe('stage logging', () => {
  useTraceContextWithoutExporter();

  it('is pretty when asked, or on a terminal unless JSON is asked for', () => {
    expect(prettyLogs({ logFormat: 'pretty' }, false)).toBe(true);
    expect(prettyLogs({ logFormat: 'auto' }, true)).toBe(true);
    expect(prettyLogs({ logFormat: 'auto' }, false)).toBe(false);
    expect(prettyLogs({ logFormat: 'json' }, true)).toBe(false);
  });

  it('writes JSON lines with service, stage and the ids of the message being handled', () => {
    const options = stageLoggingParams('parse', { logLevel: 'debug', logFormat: 'json' }).pinoHttp as pino.LoggerOptions;
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino(options, sink);
    const message = startConsumeSpan(
      'parse',
      'ns.parse',
      { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
      {
        messageId: 'evt-1',
        envelope: { articleId: '0b7c5a2e-8a4e-4e8e-9a55-0d6f2f3e4a10', type: 'article.ingested' },
      },
    );
    withMessageContext(message, () => logger.debug('handling article.ingested'));
    context.with(ROOT_CONTEXT, () => logger.info('consuming'));
    const [handled, plain] = lines.map((line) => JSON.parse(line));
    expect(handled).toMatchObject({
      service: 'newswire-parse',
      stage: 'parse',
      level: 20,
      msg: 'handling article.ingested',
      articleId: '0b7c5a2e-8a4e-4e8e-9a55-0d6f2f3e4a10',
      messageId: 'evt-1',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    });
    expect(plain).toEqual({ level: 30, time: expect.any(String), service: 'newswire-parse', stage: 'parse', msg: 'consuming' });
  });
});
