import type { QueryRunner } from 'typeorm';
import { EventTypes } from '@newswire/contracts';
import { deliver, emittedPerDelivery } from '../../../../test/support/fake-stage-context';
import { ArticleSubmittedHandler } from './article-submitted.handler';
import { admitSubmission, contentHashOf } from './normalize-submission';
import { RawArticle, RawArticleRepository } from './raw-article.repository';

/** ingest.raw_articles in memory, keyed like the table by content hash. */
class InMemoryRawArticles {
  readonly rows = new Map<string, RawArticle & { receivedAt: Date; tx: QueryRunner }>();

  async insertIfNew(tx: QueryRunner, row: RawArticle): Promise<{ inserted: boolean; receivedAt: Date }> {
    const existing = this.rows.get(row.contentHash);
    if (existing) return { inserted: false, receivedAt: existing.receivedAt };
    const receivedAt = new Date('2026-12-01T10:00:00Z');
    this.rows.set(row.contentHash, { ...row, receivedAt, tx });
    return { inserted: true, receivedAt };
  }
}

function setUp() {
  const articles = new InMemoryRawArticles();
  return { articles, handler: new ArticleSubmittedHandler(articles as unknown as RawArticleRepository) };
}

describe('ArticleSubmittedHandler', () => {
  const { payload, articleId } = admitSubmission({ content: '<p>Talks resumed in Seoul.</p>', url: 'https://example.com/talks', title: 'Talks ' }, 10_000);

  it('stores the admitted article in the batch transaction and emits article.ingested with its hash', async () => {
    const { articles, handler } = setUp();
    const delivery = await deliver(handler, EventTypes.ArticleSubmitted, payload, articleId);

    const contentHash = contentHashOf(payload);
    expect([...articles.rows.values()]).toEqual([{ articleId, contentHash, article: payload, receivedAt: new Date('2026-12-01T10:00:00Z'), tx: delivery.tx }]);
    expect(delivery.emittedOnly(EventTypes.ArticleIngested)).toEqual({
      source: null,
      url: 'https://example.com/talks',
      contentType: 'text/html',
      content: Buffer.from('<p>Talks resumed in Seoul.</p>'), // the next stage receives the page as its UTF-8 bytes
      contentHash,
      receivedAt: '2026-12-01T10:00:00.000Z',
      title: 'Talks',
      body: null,
    });
  });

  it('emits nothing for a resubmission of content already stored', async () => {
    const { articles, handler } = setUp();
    expect(await emittedPerDelivery(handler, EventTypes.ArticleSubmitted, payload, articleId)).toEqual([1, 0]);
    expect(articles.rows.size).toBe(1);
  });
});
