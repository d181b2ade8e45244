import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ArticleParsedV1, articleBody, EventEnvelope, EventType, EventTypes } from '@newswire/contracts';
import { StageContext } from '@newswire/messaging';
import { StageEventHandler } from '@newswire/stage-runtime';
import { EntityType, extractEntities } from '@newswire/nlp';
import { EntityRepository } from './entity.repository';

/**
 * article.parsed → named entities of the body, grouped into canonical entities → article.enriched. A
 * reprocess revision replaces the article's stored entities and carries on downstream.
 */
@StageEventHandler()
export class ArticleParsedHandler {
  constructor(private readonly entities: EntityRepository) {}

  @EventPattern<EventType>(EventTypes.ArticleParsed)
  async handle(@Payload() { articleId, payload: article }: EventEnvelope<'article.parsed', ArticleParsedV1>, @Ctx() context: StageContext): Promise<void> {
    const found = extractEntities(articleBody(article), { title: article.title ?? undefined });
    const stored = await this.entities.storeIfNewer(context.queryRunner, articleId, found, context.revision);
    if (!stored) return;
    context.emit(EventTypes.ArticleEnriched, {
      article,
      entities: found.map((e) => ({
        id: e.id,
        type: e.type,
        name: e.name,
        salience: Math.min(1, Math.max(0, e.salience)),
        inTitle: e.inTitle,
        mentions: e.mentions.map((m): [number, number, EntityType] => [m.start, m.end, m.type]),
        ...(e.derivedFrom ? { derivedFrom: e.derivedFrom } : {}),
      })),
    });
  }
}
