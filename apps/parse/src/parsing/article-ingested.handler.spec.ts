import type { QueryRunner } from 'typeorm';
import { CarriedPayloadOf, EventTypes } from '@newswire/contracts';
import type { ParsedArticle } from '@newswire/extraction';
import { PermanentFailure } from '@newswire/messaging';
import { deliver, emittedPerDelivery, emittedPerRevision, fakeDelivery } from '../../../../test/support/fake-stage-context';
import { RevisionedRows } from '../../../../test/support/revisioned-rows';
import { ArticleIngestedHandler } from './article-ingested.handler';
import { ParsedArticleRepository } from './parsed-article.repository';

/** parse.parsed_articles in memory, keyed like the table by article id. */
class InMemoryParsedArticles extends RevisionedRows<{ url: string | null; article: ParsedArticle; tx: QueryRunner }> {
  async storeIfNewer(tx: QueryRunner, articleId: string, url: string | null, article: ParsedArticle, revision: number): Promise<boolean> {
    return this.store(articleId, revision, { url, article, tx });
  }
}

const ARTICLE_ID = '6f1c1a52-3f0e-5b7a-9a57-0c6f2f0b7e11';

function ingested(content: string | Buffer, contentType: 'text/html' | 'text/plain' = 'text/html'): CarriedPayloadOf<'article.ingested'> {
  return {
    source: 'wire',
    url: 'https://example.com/2026/12/01/talks',
    contentType,
    content,
    contentHash: 'a'.repeat(64),
    receivedAt: '2026-12-01T10:00:00.000Z',
    title: null,
    body: null,
  };
}

function setUp() {
  const articles = new InMemoryParsedArticles();
  return { articles, handler: new ArticleIngestedHandler(articles as unknown as ParsedArticleRepository) };
}

const PAGE = `<html><head><title>Talks resume in Seoul | Example News</title></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Talks resume in Seoul</h1>
    <p>Negotiators from both Koreas met in Seoul on Monday for the first time in two years, officials said.</p>
    <p>The talks focused on family reunions and on reopening the joint industrial park near the border.</p>
  </article>
  <footer>Copyright Example News</footer></body></html>`;

describe('ArticleIngestedHandler', () => {
  it('stores the extracted article in the batch transaction and emits article.parsed without the page chrome', async () => {
    const { articles, handler } = setUp();
    const delivery = await deliver(handler, EventTypes.ArticleIngested, ingested(PAGE), ARTICLE_ID);

    const stored = articles.rows.get(ARTICLE_ID);
    expect(stored?.tx).toBe(delivery.tx);
    expect(stored?.url).toBe('https://example.com/2026/12/01/talks');
    const emitted = delivery.emittedOnly(EventTypes.ArticleParsed);
    expect(emitted).toMatchObject({
      url: 'https://example.com/2026/12/01/talks',
      title: 'Talks resume in Seoul',
      paragraphs: [
        'Negotiators from both Koreas met in Seoul on Monday for the first time in two years, officials said.',
        'The talks focused on family reunions and on reopening the joint industrial park near the border.',
      ],
      wordCount: stored?.article.wordCount,
    });
    expect(JSON.stringify(emitted)).not.toMatch(/Copyright|World/);
  });

  it('parses a page or a text dump that arrives as its UTF-8 bytes (as the transport hands it over) as the same text', async () => {
    const TEXT = 'Talks resume in Seoul\n\nNegotiators from both Koreas met in Seoul on Monday for the first time in two years, officials said.';
    for (const [content, type] of [
      [PAGE, 'text/html'],
      [TEXT, 'text/plain'],
    ] as const) {
      const asText = (await deliver(setUp().handler, EventTypes.ArticleIngested, ingested(content, type), ARTICLE_ID)).emittedOnly(EventTypes.ArticleParsed);
      const asBytes = (await deliver(setUp().handler, EventTypes.ArticleIngested, ingested(Buffer.from(content), type), ARTICLE_ID)).emittedOnly(
        EventTypes.ArticleParsed,
      );
      expect(asBytes).toEqual(asText);
      expect(asBytes.paragraphs).toContain('Negotiators from both Koreas met in Seoul on Monday for the first time in two years, officials said.');
    }
  });

  it('emits nothing for an article parsed before', async () => {
    const { handler } = setUp();
    expect(await emittedPerDelivery(handler, EventTypes.ArticleIngested, ingested(PAGE), ARTICLE_ID)).toEqual([1, 0]);
  });

  it('parses a reprocess revision again, replacing the stored article, and carries the revision on; an older revision changes nothing', async () => {
    const { articles, handler } = setUp();
    expect(await emittedPerRevision(handler, EventTypes.ArticleIngested, ingested(PAGE), ARTICLE_ID, [0, 2000, 2000, 1000, 0])).toEqual([1, 1, 0, 0, 0]);
    const first = await deliver(handler, EventTypes.ArticleIngested, ingested(PAGE), 'aaaaaaaa-3f0e-5b7a-9a57-0c6f2f0b7e11');
    const reprocessed = await deliver(handler, EventTypes.ArticleIngested, ingested(PAGE), 'aaaaaaaa-3f0e-5b7a-9a57-0c6f2f0b7e11', 3000);
    expect(reprocessed.emittedOnly(EventTypes.ArticleParsed)).toEqual(first.emittedOnly(EventTypes.ArticleParsed));
    expect(reprocessed.emitted()[0].id).not.toBe(first.emitted()[0].id);
    expect(articles.rows.get('aaaaaaaa-3f0e-5b7a-9a57-0c6f2f0b7e11')?.tx).toBe(reprocessed.tx);
  });

  it.each([
    [
      'a page the parser finds nothing in',
      '<html><body><nav><a href="/">Home</a></nav></body></html>',
      'NO_CONTENT',
      'cannot parse article: no title and no article text found in the page',
    ],
    [
      'a page with a headline and no body',
      '<html><head><title>Only a headline here</title></head><body><h1>Only a headline here</h1></body></html>',
      'NO_BODY',
      'no article body could be extracted',
    ],
  ])('refuses, permanently and storing nothing, %s', async (_case, page, code, message) => {
    const { articles, handler } = setUp();
    const delivery = fakeDelivery(EventTypes.ArticleIngested, ingested(page), ARTICLE_ID);
    const handled = handler.handle(delivery.envelope, delivery.context);
    await expect(handled).rejects.toThrow(PermanentFailure);
    await expect(handled).rejects.toMatchObject({ code, message });
    expect(articles.rows.size).toBe(0);
    expect(delivery.emitted()).toEqual([]);
  });
});
