import { randomBytes } from 'crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Channel, ConsumeMessage } from 'amqplib';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '@newswire/config';
import { EventTypes, validateEnvelope } from '@newswire/contracts';
import { AmqpConnection, sleep, Topology } from '@newswire/messaging';
import { SERVICE_CONFIG } from '@newswire/stage-runtime';
import { ArticleRow, toArticleSummary } from './article-rows';
import { SUMMARY_COLUMNS } from './article-search.sql';
import type { ArticleSummary } from './read-api.types';

/** Someone watching newly published articles (a stream session). */
export interface FeedSubscriber {
  deliver(article: ArticleSummary): void;
  /** The service is shutting down: end cleanly. */
  close(): void;
}

export const ARTICLES_BY_ID = `SELECT ${SUMMARY_COLUMNS} FROM publish.documents d WHERE d.article_id = ANY($1::uuid[]) ORDER BY d.seq`;
export const ARTICLES_AFTER = `SELECT ${SUMMARY_COLUMNS} FROM publish.documents d WHERE d.seq > $1 ORDER BY d.seq LIMIT $2`;

/** Deliveries looked up together; also the feed's prefetch. */
const FEED_BATCH = 64;

/**
 * The publish service watching its own article.published events, so every replica can stream every
 * newly published article: each process binds its own exclusive, auto-deleted queue (Topology.liveQueue;
 * the stage's work queue is shared, so a replica sees only part of it, and it never receives published
 * events anyway). An event becomes the article's summary, read back from publish.documents (committed
 * before the event left the outbox) with its seq. Missed events are not redelivered: a client resumes
 * from the table by seq (articlesAfter). Nothing is read while nobody listens.
 */
@Injectable()
export class ArticleFeed implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ArticleFeed');
  private readonly subscribers = new Set<FeedSubscriber>();
  private readonly connection: AmqpConnection;
  private readonly topology: Topology;
  private readonly queue: string;
  private channel: Channel | null = null;
  private pending: ConsumeMessage[] = [];
  private flushing: Promise<void> | null = null;
  private closed = false;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {
    this.connection = new AmqpConnection(config.amqpUrl, 'publish-feed');
    this.topology = new Topology(config.namespace);
    this.queue = this.topology.liveQueue('publish', randomBytes(6).toString('hex'));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connection.connect(this.config.connectTimeoutMs);
    await this.connection.onConnected(async (connection) => {
      const channel = await connection.createChannel();
      channel.on('error', (error: Error) => this.logger.warn(`feed channel error: ${error.message}`));
      channel.on('close', () => {
        if (this.channel === channel) this.channel = null;
      });
      await channel.assertExchange(this.topology.exchange, 'topic', { durable: true });
      await channel.assertQueue(this.queue, { exclusive: true, autoDelete: true, durable: false, arguments: { 'x-queue-type': 'classic' } });
      await channel.bindQueue(this.queue, this.topology.exchange, EventTypes.ArticlePublished);
      await channel.prefetch(FEED_BATCH);
      // Deliveries of a previous channel cannot be acked on this one (and the broker has dropped them).
      this.pending = [];
      this.channel = channel;
      await channel.consume(this.queue, (message) => message && this.receive(channel, message));
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const subscriber of this.subscribers) subscriber.close();
    this.subscribers.clear();
    await this.connection.close();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  subscribe(subscriber: FeedSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** Articles published after `seq`, in publication order (a page of them). */
  async articlesAfter(seq: number, limit: number): Promise<ArticleSummary[]> {
    const rows: ArticleRow[] = await this.dataSource.query(ARTICLES_AFTER, [seq, limit]);
    return rows.map(toArticleSummary);
  }

  private receive(channel: Channel, message: ConsumeMessage): void {
    if (this.subscribers.size === 0) {
      channel.ack(message);
      return;
    }
    this.pending.push(message);
    this.flushing ??= this.flush().finally(() => {
      this.flushing = null;
    });
  }

  /** Looks the pending events' articles up together and hands them to every subscriber, then acks. */
  private async flush(): Promise<void> {
    while (this.pending.length > 0 && !this.closed) {
      const channel = this.channel;
      if (!channel) {
        this.pending = [];
        return;
      }
      const batch = this.pending.splice(0, FEED_BATCH);
      const ids = batch.flatMap((message) => {
        try {
          return [validateEnvelope(JSON.parse(message.content.toString('utf8')), EventTypes.ArticlePublished).articleId];
        } catch (error) {
          this.logger.warn(`ignoring an invalid article.published event: ${(error as Error).message}`);
          return [];
        }
      });
      try {
        const rows: ArticleRow[] = ids.length ? await this.dataSource.query(ARTICLES_BY_ID, [ids]) : [];
        for (const article of rows.map(toArticleSummary)) for (const subscriber of this.subscribers) subscriber.deliver(article);
        if (channel === this.channel) for (const message of batch) ackUnlessClosed(channel, message);
      } catch (error) {
        // The database is away: try again shortly. Deliveries of a channel that closed meanwhile are gone
        // (never acked, never redelivered to this exclusive queue); a client resumes from the table by seq.
        this.logger.warn(`cannot read published articles for the live feed (${(error as Error).message}); retrying`);
        if (channel === this.channel) this.pending.unshift(...batch);
        await sleep(1000);
      }
    }
  }
}

function ackUnlessClosed(channel: Channel, message: ConsumeMessage): void {
  try {
    channel.ack(message);
  } catch {
    // The channel closed after the check: the broker has dropped the delivery already.
  }
}
