import type { ArticleFeed, FeedSubscriber } from './article-feed';
import type { ArticleSummary } from './read-api.types';

/** Where a session writes: the HTTP response (a Node writable). */
export interface EventSink {
  write(chunk: string): boolean;
  end(): void;
  readonly writableLength: number;
  once(event: 'drain' | 'close', listener: () => void): unknown;
}

/** Articles sent per replay query. */
const REPLAY_PAGE = 200;
/** A client this far behind on live events is cut off; it reconnects and resumes from its last id. */
const MAX_BUFFERED_BYTES = 1 << 20;

/** One Server-Sent Events frame; JSON escapes <, > and & as every JSON answer of the API does. */
export function articleEvent(article: ArticleSummary): string {
  const data = JSON.stringify(article).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `id: ${article.seq}\nevent: article\ndata: ${data}\n\n`;
}

/**
 * One client of GET /articles/stream. It listens to the live feed from the start, replays what was
 * published after `Last-Event-ID` from the table (seq order), then sends the live articles it held
 * back meanwhile, skipping the ones the replay already sent. Comments keep idle connections alive.
 */
export class ArticleStreamSession implements FeedSubscriber {
  private replaying = true;
  private held: ArticleSummary[] = [];
  private readonly replayed = new Set<number>();
  private heartbeat: NodeJS.Timeout | null = null;
  private unsubscribe: () => void = () => undefined;
  private closed = false;

  constructor(
    private readonly sink: EventSink,
    private readonly feed: ArticleFeed,
    private readonly heartbeatMs: number,
  ) {}

  async start(lastEventId: number | null): Promise<void> {
    this.unsubscribe = this.feed.subscribe(this);
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), this.heartbeatMs);
    this.write('retry: 3000\n: connected\n\n');
    try {
      if (lastEventId !== null) await this.replayAfter(lastEventId);
    } catch {
      this.close(); // the database is away: the client reconnects and resumes from the same id
      return;
    }
    this.replaying = false;
    for (const article of this.held) this.deliver(article);
    this.held = [];
  }

  deliver(article: ArticleSummary): void {
    if (this.closed || this.replayed.has(article.seq)) return;
    if (this.replaying) this.held.push(article);
    else if (this.sink.writableLength > MAX_BUFFERED_BYTES) this.close();
    else this.write(articleEvent(article));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.sink.end();
  }

  private async replayAfter(seq: number): Promise<void> {
    for (let after = seq; !this.closed;) {
      const page = await this.feed.articlesAfter(after, REPLAY_PAGE);
      for (const article of page) {
        this.replayed.add(article.seq);
        if (!this.write(articleEvent(article))) await new Promise<void>((resolve) => (this.sink.once('drain', resolve), this.sink.once('close', resolve)));
        after = article.seq;
      }
      if (page.length < REPLAY_PAGE) return;
    }
  }

  private write(chunk: string): boolean {
    return this.closed ? true : this.sink.write(chunk);
  }
}
