import { randomUUID } from 'crypto';
import { readFile } from 'fs/promises';
import * as path from 'path';
import * as amqp from 'amqplib';
import { articleIdForContentHash, ArticleSubmittedV1, EventTypes, sniffContentType, submissionContentHash } from '@newswire/contracts';
import { redactUrl } from '@newswire/config';
import { Topology } from '@newswire/messaging';
import { CliIo, parseOptions, stringOption } from '../cli-io';
import { loadCliEnvironment } from '../cli-environment';
import { waitForDocument } from './show.command';

const USAGE = 'usage: newswire submit <file>... [--url URL] [--source NAME] [--format html|text] [--wait] [--timeout SECONDS]';

/**
 * Publishes files to the ingest queue as article.submitted messages (publisher confirms),
 * prints each article id, and with --wait prints the published documents.
 */
export async function runSubmitCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional: files, options } = parseOptions(argv, ['wait']);
  if (files.length === 0) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const env = loadCliEnvironment();
  const topology = new Topology(env.namespace);
  const format = stringOption(options, 'format');
  const submissions: Array<{ file: string; articleId: string; payload: ArticleSubmittedV1 }> = [];
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    const contentType = format === 'html' ? 'text/html' : format === 'text' ? 'text/plain' : sniffContentType(content);
    const payload: ArticleSubmittedV1 = {
      content,
      contentType,
      source: stringOption(options, 'source') ?? `cli:${path.basename(file)}`,
      ...(stringOption(options, 'url') ? { url: stringOption(options, 'url') } : {}),
    };
    const articleId = articleIdForContentHash(submissionContentHash(contentType, content, null, null));
    submissions.push({ file, articleId, payload });
  }

  const connection = await amqp.connect(env.amqpUrl, { noDelay: true }).catch((error: Error) => {
    throw new Error(`cannot reach RabbitMQ at ${redactUrl(env.amqpUrl)}: ${error.message}`);
  });
  try {
    const channel = await connection.createConfirmChannel();
    await topology.declare(channel);
    for (const s of submissions) {
      channel.publish(topology.exchange, EventTypes.ArticleSubmitted, Buffer.from(JSON.stringify(s.payload)), {
        messageId: randomUUID(),
        contentType: 'application/json',
        type: EventTypes.ArticleSubmitted,
        persistent: true,
        timestamp: Math.floor(Date.now() / 1000),
      });
    }
    await channel.waitForConfirms();
  } finally {
    await connection.close().catch(() => undefined);
  }

  const timeoutMs = Number(stringOption(options, 'timeout') ?? 60) * 1000;
  for (const s of submissions) {
    if (!options.wait) {
      io.stdout.write(`${JSON.stringify({ file: s.file, articleId: s.articleId, status: 'submitted' })}\n`);
      continue;
    }
    const document = await waitForDocument(env.publishApiUrl, s.articleId, timeoutMs, env.apiKey);
    if (!document) {
      io.stderr.write(`${s.file}: article ${s.articleId} was not published within ${timeoutMs / 1000} s\n`);
      return 1;
    }
    io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  }
  return 0;
}
