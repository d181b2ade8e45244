import { EventEmitter } from 'events';
import type { ArticleFeed, FeedSubscriber } from './article-feed';
import { articleEvent, ArticleStreamSession, EventSink } from './article-stream';
import type { ArticleSummary } from './read-api.types';

const article = (seq: number, title = `t${seq}`): ArticleSummary => ({
  id: `id-${seq}`,
  seq,
  title,
  subtitle: null,
  url: null,
  authors: [],
  publisher: null,
  publishedAt: null,
  language: 'en',
  date: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
});

class MemorySink extends EventEmitter implements EventSink {
  chunks: string[] = [];
  ended = false;
  writableLength = 0;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  end(): void {
    this.ended = true;
  }
  get ids(): number[] {
    return this.chunks.flatMap((c) => (c.startsWith('id: ') ? [Number(c.slice(4, c.indexOf('\n')))] : []));
  }
}

/** A feed whose table holds `published` and whose replay can be held back to let live articles arrive meanwhile. */
function fakeFeed(published: ArticleSummary[]) {
  const subscribers = new Set<FeedSubscriber>();
  let releaseReplay: () => void = () => undefined;
  const replayGate = new Promise<void>((resolve) => (releaseReplay = resolve));
  const feed = {
    subscribe: (s: FeedSubscriber) => (subscribers.add(s), () => subscribers.delete(s)),
    articlesAfter: async (seq: number, limit: number) => {
      await replayGate;
      return published.filter((a) => a.seq > seq).slice(0, limit);
    },
  } as unknown as ArticleFeed;
  return { feed, subscribers, releaseReplay, publishLive: (a: ArticleSummary) => subscribers.forEach((s) => s.deliver(a)) };
}

describe('article stream session', () => {
  afterEach(() => jest.useRealTimers());

  it('replays after the last event id, then sends live articles once each, in order of arrival', async () => {
    const { feed, releaseReplay, publishLive } = fakeFeed([article(1), article(2), article(3), article(4)]);
    const sink = new MemorySink();
    const session = new ArticleStreamSession(sink, feed, 60_000);
    const started = session.start(2);
    publishLive(article(4)); // arrives live during the replay, which also finds it in the table
    publishLive(article(5));
    releaseReplay();
    await started;
    publishLive(article(6));
    expect(sink.ids).toEqual([3, 4, 5, 6]);
    session.close();
  });

  it('sends only live articles without a last event id', async () => {
    const { feed, publishLive } = fakeFeed([article(1)]);
    const sink = new MemorySink();
    const session = new ArticleStreamSession(sink, feed, 60_000);
    await session.start(null);
    publishLive(article(2));
    expect(sink.ids).toEqual([2]);
    session.close();
  });

  it('sends heartbeats while idle and stops everything on close', async () => {
    jest.useFakeTimers();
    const { feed, subscribers, publishLive } = fakeFeed([]);
    const sink = new MemorySink();
    const session = new ArticleStreamSession(sink, feed, 15_000);
    await session.start(null);
    jest.advanceTimersByTime(45_000);
    expect(sink.chunks.filter((c) => c === ': heartbeat\n\n')).toHaveLength(3);
    session.close();
    expect(sink.ended).toBe(true);
    expect(subscribers.size).toBe(0);
    publishLive(article(9));
    jest.advanceTimersByTime(45_000);
    expect(sink.ids).toEqual([]);
    expect(sink.chunks.filter((c) => c === ': heartbeat\n\n')).toHaveLength(3);
  });

  it('cuts off a client that stopped reading (it resumes from its last id)', async () => {
    const { feed, publishLive } = fakeFeed([]);
    const sink = new MemorySink();
    const session = new ArticleStreamSession(sink, feed, 60_000);
    await session.start(null);
    sink.writableLength = 2 << 20;
    publishLive(article(1));
    expect(sink.ended).toBe(true);
  });

  it('frames an article as one SSE event whose data cannot close a script tag', () => {
    const frame = articleEvent(article(7, '</script><b>&'));
    expect(frame).toMatch(/^id: 7\nevent: article\ndata: \{.*\}\n\n$/s);
    expect(frame.split('\n')).toHaveLength(5);
    expect(frame).not.toMatch(/[<>&]/);
    expect(JSON.parse(frame.split('\n')[2].slice(6)).title).toBe('</script><b>&');
  });
});
