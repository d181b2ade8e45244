import * as amqp from 'amqplib';
import { EventEnvelope, EventTypes } from '@newswire/contracts';
import { Topology } from '@newswire/messaging';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A publisher that outlives broker restarts: it reconnects with back-off and re-sends a
 * message until the broker confirms it (so a message in flight during a restart may arrive
 * twice, as with any at-least-once publisher; the same message id marks the copy).
 */
export class ResilientPublisher {
  private connection: amqp.ChannelModel | null = null;
  private channel: amqp.ConfirmChannel | null = null;
  private connecting: Promise<amqp.ConfirmChannel> | null = null;
  private closed = false;
  /** Sends that had to be repeated (not confirmed the first time). */
  resends = 0;

  constructor(private readonly url: string) {}

  private async open(): Promise<amqp.ConfirmChannel> {
    if (this.channel) return this.channel;
    this.connecting ??= (async () => {
      for (;;) {
        try {
          const connection = await amqp.connect(this.url, { noDelay: true });
          connection.on('error', () => undefined);
          connection.on('close', () => {
            if (this.connection === connection) {
              this.connection = null;
              this.channel = null;
            }
          });
          const channel = await connection.createConfirmChannel();
          channel.on('error', () => undefined);
          channel.on('close', () => {
            if (this.channel === channel) this.channel = null;
          });
          this.connection = connection;
          this.channel = channel;
          return channel;
        } catch (error) {
          if (this.closed) throw error;
          await sleep(250);
        }
      }
    })().finally(() => (this.connecting = null));
    return this.connecting;
  }

  /** Publishes to an exchange ('' for the default exchange) and resolves once confirmed. */
  async publish(exchange: string, routingKey: string, content: Buffer, options: amqp.Options.Publish): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) {
        this.resends++;
        await sleep(Math.min(1000, 100 * attempt));
      }
      if (this.closed) throw new Error('publisher closed');
      try {
        const channel = await this.open();
        await new Promise<void>((resolve, reject) => {
          const onClose = () => reject(new Error('channel closed before the confirm'));
          channel.once('close', onClose);
          try {
            channel.publish(exchange, routingKey, content, { persistent: true, ...options }, (error) => {
              channel.removeListener('close', onClose);
              if (error) reject(error);
              else resolve();
            });
          } catch (error) {
            channel.removeListener('close', onClose);
            reject(error);
          }
        });
        return;
      } catch {
        const channel = this.channel;
        this.channel = null;
        await channel?.close().catch(() => undefined);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connection?.close().catch(() => undefined);
  }
}

export interface SeenEvent {
  id: string;
  articleId: string;
  receivedAt: number;
  redelivered: boolean;
}

/**
 * Watches `article.published` through its own durable quorum queue, so nothing published
 * while the watcher's connection is down (a broker restart) is missed; reconnects by itself.
 */
export class ResilientPublishedWatcher {
  readonly events: SeenEvent[] = [];
  private connection: amqp.ChannelModel | null = null;
  private closed = false;
  private running: Promise<void> | null = null;
  readonly queue: string;

  constructor(
    private readonly url: string,
    private readonly topology: Topology,
  ) {
    this.queue = `${topology.namespace}.chaos-published-watch`;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const connection = await amqp.connect(this.url);
    connection.on('error', () => undefined);
    const channel = await connection.createChannel();
    channel.on('error', () => undefined);
    await channel.assertQueue(this.queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await channel.bindQueue(this.queue, this.topology.exchange, EventTypes.ArticlePublished);
    await channel.prefetch(500);
    await channel.consume(this.queue, (message) => {
      if (!message) return;
      const event = JSON.parse(message.content.toString()) as EventEnvelope;
      this.events.push({ id: event.id, articleId: event.articleId, receivedAt: Date.now(), redelivered: message.fields.redelivered });
      channel.ack(message);
    });
    this.connection = connection;
    connection.on('close', () => {
      if (this.closed) return;
      this.running = this.reconnect();
    });
  }

  private async reconnect(): Promise<void> {
    while (!this.closed) {
      await sleep(250);
      try {
        await this.connect();
        return;
      } catch {
        // broker not back yet
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.running?.catch(() => undefined);
    const connection = this.connection;
    if (!connection) return;
    try {
      const channel = await connection.createChannel();
      await channel.deleteQueue(this.queue).catch(() => undefined);
    } catch {
      // best effort
    }
    await connection.close().catch(() => undefined);
  }
}
