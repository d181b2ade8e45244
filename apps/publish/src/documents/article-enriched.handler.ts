import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ArticleEnrichedV2, EventEnvelope, EventType, EventTypes } from '@newswire/contracts';
import { StageContext } from '@newswire/messaging';
import { StageEventHandler } from '@newswire/stage-runtime';
import { DocumentRepository } from './document.repository';
import { EntityCounts } from './entity-counts';

/**
 * article.enriched → the final document, stored once → article.published (one event id per article and
 * revision). A reprocess revision replaces the document, whose version goes to its history. The entity
 * directory's counts are written once per batch.
 */
@StageEventHandler()
export class ArticleEnrichedHandler {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly entityCounts: EntityCounts,
  ) {}

  @EventPattern<EventType>(EventTypes.ArticleEnriched)
  async handle(@Payload() event: EventEnvelope<'article.enriched', ArticleEnrichedV2>, @Ctx() context: StageContext): Promise<void> {
    const counted = await this.documents.storeIfNewer(context.queryRunner, event.articleId, event.payload, context.revision);
    if (!counted) return;
    context.addToBatch(this.entityCounts, counted);
    const { article, entities } = event.payload;
    context.emit(EventTypes.ArticlePublished, {
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt,
      entityIds: entities.map((e) => e.id),
    });
  }
}
