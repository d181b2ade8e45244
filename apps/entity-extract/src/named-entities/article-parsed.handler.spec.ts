import type { QueryRunner } from 'typeorm';
import { ArticleParsedV1, articleBody, EventTypes } from '@newswire/contracts';
import { CanonicalEntity, extractEntities } from '@newswire/nlp';
import { deliver, emittedPerDelivery, emittedPerRevision } from '../../../../test/support/fake-stage-context';
import { RevisionedRows } from '../../../../test/support/revisioned-rows';
import { ArticleParsedHandler } from './article-parsed.handler';
import { EntityRepository } from './entity.repository';

/** The article's entity rows in memory, keyed like entity_extract.article_entities by article. */
class InMemoryArticleEntities extends RevisionedRows<{ entities: CanonicalEntity[]; tx: QueryRunner }> {
  async storeIfNewer(tx: QueryRunner, articleId: string, entities: CanonicalEntity[], revision: number): Promise<boolean> {
    return this.store(articleId, revision, { entities, tx });
  }
}

const ARTICLE_ID = '1b7a5a30-8d1e-5c3f-8a0e-2f4f7f1c9d22';
const parsed: ArticleParsedV1 = {
  url: 'https://example.com/talks',
  canonicalUrl: null,
  title: 'Kim Jong Un meets Moon Jae-in in Pyongyang',
  subtitle: null,
  authors: ['Lee Min-ho'],
  publisher: 'Example News',
  publishedAt: '2026-12-01',
  language: 'en',
  paragraphs: [
    'North Korean leader Kim Jong Un met South Korean President Moon Jae-in in Pyongyang on Tuesday, the Korean Central News Agency said.',
    'Kim and Moon discussed the United Nations sanctions for three hours, officials in Seoul said.',
  ],
  wordCount: 36,
};

function setUp() {
  const stored = new InMemoryArticleEntities();
  return { stored, handler: new ArticleParsedHandler(stored as unknown as EntityRepository) };
}

describe('ArticleParsedHandler', () => {
  it('stores the canonical entities of the body in the batch transaction and emits them with the article', async () => {
    const { stored, handler } = setUp();
    const delivery = await deliver(handler, EventTypes.ArticleParsed, parsed, ARTICLE_ID);

    const expected = extractEntities(articleBody(parsed), { title: parsed.title ?? undefined });
    expect(stored.rows.get(ARTICLE_ID)).toEqual({ entities: expected, tx: delivery.tx });
    const emitted = delivery.emittedOnly(EventTypes.ArticleEnriched);
    expect(emitted.article).toEqual(parsed);
    const entities = (emitted as { entities: Array<{ name: string; type: string; inTitle: boolean; salience: number; mentions: unknown[] }> }).entities;
    expect(entities.map((e) => e.name)).toEqual(expected.map((e) => e.name));
    expect(entities.find((e) => e.name === 'Kim Jong Un')).toMatchObject({ type: 'PERSON', inTitle: true });
    expect(entities.find((e) => e.name === 'Pyongyang')).toMatchObject({ type: 'LOCATION' });
    for (const entity of entities) {
      expect(entity.salience).toBeGreaterThanOrEqual(0);
      expect(entity.salience).toBeLessThanOrEqual(1);
    }
    // Mentions are [start, end, type] offsets into the body the next stage rebuilds from the paragraphs.
    const kim = expected.find((e) => e.name === 'Kim Jong Un');
    expect(entities.find((e) => e.name === 'Kim Jong Un')?.mentions).toEqual(kim?.mentions.map((m) => [m.start, m.end, m.type]));
  });

  it('emits nothing for an article whose entities were stored before', async () => {
    const { handler } = setUp();
    expect(await emittedPerDelivery(handler, EventTypes.ArticleParsed, parsed, ARTICLE_ID)).toEqual([1, 0]);
  });

  it('extracts a reprocess revision again, replacing the stored entities, and carries the revision on; an older revision changes nothing', async () => {
    const { stored, handler } = setUp();
    expect(await emittedPerRevision(handler, EventTypes.ArticleParsed, parsed, ARTICLE_ID, [0, 2000, 2000, 1000])).toEqual([1, 1, 0, 0]);
    const reprocessed = await deliver(handler, EventTypes.ArticleParsed, parsed, ARTICLE_ID, 3000);
    expect(reprocessed.emittedOnly(EventTypes.ArticleEnriched).article).toEqual(parsed);
    expect(stored.rows.get(ARTICLE_ID)?.tx).toBe(reprocessed.tx);
  });
});
