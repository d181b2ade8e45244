import type { QueryRunner } from 'typeorm';
import { ArticleEnrichedV2, EventTypes, stageEventId } from '@newswire/contracts';
import { deliver, emittedPerDelivery, emittedPerRevision } from '../../../../test/support/fake-stage-context';
import { RevisionedRows } from '../../../../test/support/revisioned-rows';
import { ArticleEnrichedHandler } from './article-enriched.handler';
import { DocumentRepository } from './document.repository';
import { EntityCountChange, EntityCounts } from './entity-counts';

/** publish.documents in memory, keyed like the table by article id; a stored document counts each of its entities once more. */
class InMemoryDocuments extends RevisionedRows<{ enriched: ArticleEnrichedV2; tx: QueryRunner }> {
  async storeIfNewer(tx: QueryRunner, articleId: string, enriched: ArticleEnrichedV2, revision: number): Promise<EntityCountChange[] | null> {
    if (!this.store(articleId, revision, { enriched, tx })) return null;
    return enriched.entities.map((e) => ({ entityId: e.id, type: e.type, name: e.name, aliases: [e.name], surfaceForms: [e.name.toLowerCase()], delta: 1 }));
  }
}

const ARTICLE_ID = '4c2d9e0a-1f3b-5a6c-8d7e-9f0a1b2c3d4e';
const enriched: ArticleEnrichedV2 = {
  article: {
    url: 'https://example.com/talks',
    canonicalUrl: 'https://example.com/2026/talks',
    title: 'Talks resume in Seoul',
    subtitle: null,
    authors: ['Lee Min-ho'],
    publisher: 'Example News',
    publishedAt: '2026-12-01',
    language: 'en',
    paragraphs: ['Negotiators met in Seoul on Monday.'],
    wordCount: 6,
  },
  entities: [
    { id: 'LOCATION:seoul', type: 'LOCATION', name: 'Seoul', salience: 0.8, inTitle: true, mentions: [[19, 24, 'LOCATION']] },
    { id: 'DATE:monday', type: 'DATE', name: 'Monday', salience: 0.2, inTitle: false, mentions: [[28, 34]] },
  ],
};

function setUp() {
  const documents = new InMemoryDocuments();
  const entityCounts = new EntityCounts();
  return { documents, entityCounts, handler: new ArticleEnrichedHandler(documents as unknown as DocumentRepository, entityCounts) };
}

describe('ArticleEnrichedHandler', () => {
  it('stores the document in the batch transaction, hands its entity counts to the batch write and emits article.published naming them', async () => {
    const { documents, entityCounts, handler } = setUp();
    const delivery = await deliver(handler, EventTypes.ArticleEnriched, enriched, ARTICLE_ID);

    expect(documents.rows.get(ARTICLE_ID)).toEqual({ enriched, tx: delivery.tx });
    expect(delivery.context.batchWrites.contributions(entityCounts).map((c) => [c.entityId, c.delta])).toEqual([
      ['LOCATION:seoul', 1],
      ['DATE:monday', 1],
    ]);
    expect(delivery.emittedOnly(EventTypes.ArticlePublished)).toEqual({
      title: 'Talks resume in Seoul',
      url: 'https://example.com/talks',
      publishedAt: '2026-12-01',
      entityIds: ['LOCATION:seoul', 'DATE:monday'],
    });
  });

  it('emits nothing and counts nothing for a document published before, so each article is published and counted once', async () => {
    const { documents, entityCounts, handler } = setUp();
    expect(await emittedPerDelivery(handler, EventTypes.ArticleEnriched, enriched, ARTICLE_ID)).toEqual([1, 0]);
    expect(documents.rows.size).toBe(1);
    const again = await deliver(handler, EventTypes.ArticleEnriched, enriched, ARTICLE_ID);
    expect(again.context.batchWrites.contributions(entityCounts)).toEqual([]);
  });

  it('publishes each reprocess revision once, with its revision and its own event id; an older revision changes nothing', async () => {
    const { documents, handler } = setUp();
    expect(await emittedPerRevision(handler, EventTypes.ArticleEnriched, enriched, ARTICLE_ID, [0, 2000, 2000, 1000, 0])).toEqual([1, 1, 0, 0, 0]);
    const retitled = { ...enriched, article: { ...enriched.article, title: 'Talks resumed in Seoul' } };
    const reprocessed = await deliver(handler, EventTypes.ArticleEnriched, retitled, ARTICLE_ID, 3000);
    expect(reprocessed.emittedOnly(EventTypes.ArticlePublished)).toMatchObject({ title: 'Talks resumed in Seoul' });
    expect(reprocessed.emitted()[0].id).toBe(stageEventId(EventTypes.ArticlePublished, ARTICLE_ID, 3000));
    expect(documents.rows.get(ARTICLE_ID)?.enriched).toBe(retitled);
  });
});
