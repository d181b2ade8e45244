import { readFileSync } from 'fs';
import * as path from 'path';
import { articleIdForContentHash, submissionContentHash } from '@newswire/contracts';
import type { ArticlePage, ArticleSummary, EntityDetail, EntityList } from '../apps/publish/src/read/read-api.types';
import { startRunningPipeline, RunningPipeline } from './support/running-pipeline';
import { SseClient } from './support/sse-client';

const sample = readFileSync(path.resolve(__dirname, '../../shared/samples/korea-herald-nk-talks.txt'), 'utf8');
const API_KEY = 'read-api-test-key-0123456789';
const auth = { authorization: `Bearer ${API_KEY}` };

const articleIdOf = (content: string) => articleIdForContentHash(submissionContentHash('text/plain', content, null, null));
/** A distinct article: the sample with a numbered sentence added. */
const variant = (n: number) => sample.replace('A flurry of diplomatic efforts', `In read dispatch number ${n}, a flurry of diplomatic efforts`);

describe('read API end to end (search, entities, live stream) on the real pipeline', () => {
  let running: RunningPipeline;
  let publishUrl: string;
  const streams: SseClient[] = [];

  const get = async <T>(pathAndQuery: string, base = publishUrl): Promise<T> => {
    const response = await fetch(`${base}${pathAndQuery}`, { headers: auth });
    expect({ pathAndQuery, status: response.status }).toEqual({ pathAndQuery, status: 200 });
    return (await response.json()) as T;
  };
  const openStream = async (base: string, headers: Record<string, string> = {}) => {
    const stream = await SseClient.open(`${base}/articles/stream`, { ...auth, ...headers });
    streams.push(stream);
    expect(stream.status).toBe(200);
    return stream;
  };
  const articleIds = (stream: SseClient) => stream.events.filter((e) => e.event === 'article').map((e) => (JSON.parse(e.data) as ArticleSummary).id);

  beforeAll(async () => {
    running = await startRunningPipeline({ API_KEYS: API_KEY });
    publishUrl = running.pipeline.get('publish').url;
  }, 180000);

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await running?.stop();
  }, 60000);

  it('streams the sample as it is published, then finds it by search, filters and entity', async () => {
    const live = await openStream(publishUrl);
    const articleId = articleIdOf(sample);
    await running.client.submit({ content: sample, contentType: 'text/plain', source: 'korea-herald' });
    await live.waitFor((events) => events.some((e) => e.data.includes(articleId)), 60000, 'the sample on the stream');
    const streamed = JSON.parse(live.events.find((e) => e.data.includes(articleId))!.data) as ArticleSummary;
    expect(streamed).toMatchObject({ id: articleId, title: 'Regional powers up efforts for N.K. talks', authors: ['Shin Hae-in'] });
    expect(live.events.find((e) => e.data.includes(articleId))!.id).toBe(String(streamed.seq));

    const found = await get<ArticlePage>(`/articles?q=${encodeURIComponent('uranium enrichment')}`);
    expect(found.articles.map((a) => a.id)).toEqual([articleId]);
    const marked = found.articles[0].snippet!.filter((piece) => piece.match).map((piece) => piece.text.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['uranium', 'enrichment']));
    expect((await get<ArticlePage>(`/articles?q=${encodeURIComponent('"enrichment uranium"')}`)).articles).toEqual([]); // a phrase, in order

    for (const filters of [
      'entity=Kim%20Kye-gwan&entityType=PERSON',
      'entity=N.K.',
      'entity=S%C3%A9oul&entityType=LOCATION', // "Séoul": a name names its entity however it is accented
      'author=shin%20hae-in',
      'publisher=Korea%20Herald&language=en',
      `from=2000-01-01&to=2100-01-01&q=${encodeURIComponent('six-party talks')}&sort=date`,
    ]) {
      const page = await get<ArticlePage>(`/articles?${filters}`);
      expect({ filters, found: page.articles.map((a) => a.id) }).toEqual({ filters, found: [articleId] });
    }
    expect((await get<ArticlePage>('/articles?entity=Kim%20Kye-gwan&entityType=LOCATION')).articles).toEqual([]);

    const people = await get<EntityList>('/entities?type=PERSON&prefix=kim');
    const kim = people.entities.find((e) => e.name === 'Kim Kye-gwan')!;
    expect(kim).toMatchObject({ type: 'PERSON', articleCount: 1 });
    const detail = await get<EntityDetail>(`/entities/${encodeURIComponent(kim.id)}`);
    expect(detail).toMatchObject({ id: kim.id, name: 'Kim Kye-gwan', type: 'PERSON', articleCount: 1, nextCursor: null });
    expect(detail.aliases).toContain('Kim Kye-gwan');
    expect(detail.coOccurring.map((e) => e.name)).toEqual(expect.arrayContaining(['Beijing']));
    expect(detail.articles.map((a) => a.id)).toEqual([articleId]);
    expect(detail.articlesByMonth.reduce((sum, m) => sum + m.count, 0)).toBe(1);
    const mostMentioned = await get<EntityList>('/entities?limit=5');
    expect(mostMentioned.entities).toHaveLength(5);
  });

  it('asks for the API key on every read endpoint and rejects invalid input', async () => {
    for (const route of ['/articles?q=talks', '/entities', '/entities/PERSON:x', '/articles/stream']) {
      const response = await fetch(`${publishUrl}${route}`);
      expect({ route, status: response.status }).toEqual({ route, status: 401 });
    }
    for (const route of [
      '/articles?limit=0',
      '/articles?offset=20',
      '/articles?sort=relevance',
      '/articles?cursor=nonsense',
      '/articles?from=yesterday',
      '/entities?type=PLANET',
    ]) {
      const response = await fetch(`${publishUrl}${route}`, { headers: auth });
      expect({ route, status: response.status }).toEqual({ route, status: 400 });
    }
    expect((await fetch(`${publishUrl}/entities/${encodeURIComponent('PERSON:Nobody At All')}`, { headers: auth })).status).toBe(404);
  });

  it('resumes a stream after Last-Event-ID with what was published meanwhile', async () => {
    const first = await openStream(publishUrl);
    const before = variant(1);
    await running.client.submit({ content: before, contentType: 'text/plain' });
    await first.waitFor(() => articleIds(first).includes(articleIdOf(before)), 60000, 'the first variant');
    const lastSeen = first.lastEventId!;
    first.close();

    const missed = [2, 3, 4].map(variant);
    for (const content of missed) await running.client.submit({ content, contentType: 'text/plain' });
    await running.published.waitFor(missed.map(articleIdOf), 60000);

    const resumed = await openStream(publishUrl, { 'last-event-id': lastSeen });
    await resumed.waitFor(() => resumed.events.length >= 3, 30000, 'the replay');
    expect(articleIds(resumed).sort()).toEqual(missed.map(articleIdOf).sort());
    const seqs = resumed.events.map((e) => Number(e.id));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs[0]).toBeGreaterThan(Number(lastSeen));

    const after = variant(5);
    await running.client.submit({ content: after, contentType: 'text/plain' });
    await resumed.waitFor(() => articleIds(resumed).includes(articleIdOf(after)), 60000, 'a live article after the replay');
    expect(articleIds(resumed)).toHaveLength(4);
  });

  it('streams every article from every publish replica, and ends streams cleanly on shutdown', async () => {
    const second = await running.pipeline.add('publish', { API_KEYS: API_KEY });
    const streamsOfBoth = [await openStream(publishUrl), await openStream(second.url)];
    const contents = Array.from({ length: 12 }, (_, i) => variant(100 + i));
    for (const content of contents) await running.client.submit({ content, contentType: 'text/plain' });
    const ids = contents.map(articleIdOf).sort();
    for (const stream of streamsOfBoth) {
      await stream.waitFor(() => ids.every((id) => articleIds(stream).includes(id)), 90000, 'all twelve articles');
      expect(
        articleIds(stream)
          .filter((id) => ids.includes(id))
          .sort(),
      ).toEqual(ids); // once each
    }
    expect(await second.stop()).toBe(0); // drained and exited by itself, an open stream notwithstanding
    expect(await streamsOfBoth[1].waitEnded(5000)).toBe(true);
    expect(streamsOfBoth[0].isEnded).toBe(false);
  }, 180000);
});
