/** AMQP from the host, through the stack's published port: submitting articles and watching their publication. */
import * as amqp from 'amqplib';
import { articleIdForContentHash, EventTypes, submissionContentHash } from '@newswire/contracts';
import { PORTS } from './compose-project';
import { sleep } from './shell';

export function articleIdOf(content: string, contentType = 'text/plain'): string {
  return articleIdForContentHash(submissionContentHash(contentType, content, null, null));
}

const AMQP_URL = `amqp://newswire:newswire-local@127.0.0.1:${PORTS.RABBITMQ_PORT}`;
const WATCH_QUEUE = 'containers-test.published';

async function connectWhenUp(timeoutMs: number): Promise<amqp.ChannelModel> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await amqp.connect(AMQP_URL);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(1000);
    }
  }
}

/** Publishes to the ingest queue with confirms, as any outside AMQP client would. */
export async function publishArticles(contents: string[]): Promise<void> {
  const connection = await connectWhenUp(120000);
  try {
    const channel = await connection.createConfirmChannel();
    for (let i = 0; i < contents.length; i++) {
      const body = Buffer.from(JSON.stringify({ content: contents[i], contentType: 'text/plain', source: 'containers-test' }));
      channel.sendToQueue('newswire.ingest', body, { persistent: true, contentType: 'application/json', messageId: articleIdOf(contents[i]) });
      if (i % 50 === 49) await channel.waitForConfirms();
    }
    await channel.waitForConfirms();
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/** A durable queue of article.published events (it outlives the broker restart). */
export async function declareWatchQueue(): Promise<void> {
  const connection = await connectWhenUp(60000);
  try {
    const channel = await connection.createChannel();
    await channel.assertQueue(WATCH_QUEUE, { durable: true });
    await channel.bindQueue(WATCH_QUEUE, 'newswire.events', EventTypes.ArticlePublished);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/** Reads the watch queue until every expected article has an event (or the deadline passes). */
export async function collectPublished(expected: string[], timeoutMs: number): Promise<Array<{ id: string; articleId: string }>> {
  const events: Array<{ id: string; articleId: string }> = [];
  const wanted = new Set(expected);
  const seen = new Set<string>();
  const deadline = Date.now() + timeoutMs;
  let settleUntil = Infinity;
  while (Date.now() < Math.min(deadline, settleUntil)) {
    let connection: amqp.ChannelModel | undefined;
    try {
      connection = await connectWhenUp(30000);
      const channel = await connection.createChannel();
      while (Date.now() < Math.min(deadline, settleUntil)) {
        const message = await channel.get(WATCH_QUEUE);
        if (!message) {
          await sleep(500);
          continue;
        }
        const event = JSON.parse(message.content.toString());
        events.push({ id: event.id, articleId: event.articleId });
        seen.add(event.articleId);
        channel.ack(message);
        // Once all are in, wait a little longer so a wrong second publication would show up.
        if (settleUntil === Infinity && [...wanted].every((id) => seen.has(id))) settleUntil = Date.now() + 5000;
      }
    } catch {
      await sleep(1000);
    } finally {
      await connection?.close().catch(() => undefined);
    }
  }
  return events;
}
