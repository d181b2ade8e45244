import { randomUUID } from 'crypto';
import * as amqp from 'amqplib';
import { EventEnvelope, EventTypes } from '@newswire/contracts';
import { TestEnvironment } from './test-environment';

/** A plain AMQP client, as any outside publisher or subscriber would use. */
export class AmqpTestClient {
  private constructor(
    private readonly connection: amqp.ChannelModel,
    private readonly channel: amqp.ConfirmChannel,
    private readonly env: TestEnvironment,
  ) {}

  static async connect(env: TestEnvironment): Promise<AmqpTestClient> {
    const connection = await amqp.connect(env.amqpUrl, { noDelay: true });
    const channel = await connection.createConfirmChannel();
    await env.topology.declare(channel);
    return new AmqpTestClient(connection, channel, env);
  }

  /** Publishes straight to the ingest queue (default exchange), as a user would. */
  async submit(body: unknown | Buffer, properties: amqp.Options.Publish = {}): Promise<string> {
    const messageId = properties.messageId ?? randomUUID();
    const content = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    this.channel.sendToQueue(this.env.topology.queue('ingest'), content, { persistent: true, contentType: 'application/json', messageId, ...properties });
    await this.channel.waitForConfirms();
    return messageId;
  }

  /** A fresh exclusive queue bound to `article.published`, collecting every delivery (redeliveries included). */
  async watchPublished(): Promise<PublishedWatcher> {
    const { queue } = await this.channel.assertQueue('', { exclusive: true, autoDelete: true });
    await this.channel.bindQueue(queue, this.env.topology.exchange, EventTypes.ArticlePublished);
    const watcher = new PublishedWatcher();
    await this.channel.consume(queue, (message) => {
      if (!message) return;
      watcher.add(JSON.parse(message.content.toString()) as EventEnvelope, message.properties.messageId);
      this.channel.ack(message);
    });
    return watcher;
  }

  /** Reads (and acks) every message currently in a stage's dead-letter queue. */
  async drainDeadLetters(stage: 'ingest' | 'parse' | 'entity-extract' | 'publish'): Promise<amqp.GetMessage[]> {
    const messages: amqp.GetMessage[] = [];
    for (;;) {
      const message = await this.channel.get(this.env.topology.deadLetterQueue(stage));
      if (!message) return messages;
      messages.push(message);
      this.channel.ack(message);
    }
  }

  async queueDepth(name: string): Promise<{ messageCount: number; consumerCount: number }> {
    const channel = await this.connection.createChannel();
    try {
      return await channel.checkQueue(name);
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.connection.close().catch(() => undefined);
  }
}

export class PublishedWatcher {
  readonly events: EventEnvelope[] = [];
  /** When each article's first article.published arrived (ms since the epoch): the benchmark's observed latency. */
  readonly firstArrivalMs = new Map<string, number>();

  add(event: EventEnvelope, _messageId: string | undefined): void {
    this.events.push(event);
    if (!this.firstArrivalMs.has(event.articleId)) this.firstArrivalMs.set(event.articleId, Date.now());
  }

  forArticle(articleId: string): EventEnvelope[] {
    return this.events.filter((e) => e.articleId === articleId);
  }

  /** Waits until every given article has at least one article.published event. */
  async waitFor(articleIds: string[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const seen = new Set(this.events.map((e) => e.articleId));
      const missing = articleIds.filter((id) => !seen.has(id));
      if (missing.length === 0) return;
      if (Date.now() > deadline) throw new Error(`${missing.length} of ${articleIds.length} article(s) not published within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
