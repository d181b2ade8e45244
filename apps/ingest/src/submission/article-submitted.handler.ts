import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, EventType, EventTypes } from '@newswire/contracts';
import { StageContext } from '@newswire/messaging';
import { StageEventHandler } from '@newswire/stage-runtime';
import { contentHashOf, NormalizedSubmission } from './normalize-submission';
import { RawArticle, RawArticleRepository } from './raw-article.repository';

/**
 * article.submitted → store the raw article once → article.ingested. The submission arrives
 * normalised: the queue decoder and the HTTP controller admitted it (admitSubmission).
 */
@StageEventHandler()
export class ArticleSubmittedHandler {
  constructor(private readonly articles: RawArticleRepository) {}

  @EventPattern<EventType>(EventTypes.ArticleSubmitted)
  async handle(
    @Payload() { articleId, payload: article }: EventEnvelope<'article.submitted', NormalizedSubmission>,
    @Ctx() context: StageContext,
  ): Promise<void> {
    const row: RawArticle = { articleId, contentHash: contentHashOf(article), article };
    const { inserted, receivedAt } = await this.articles.insertIfNew(context.queryRunner, row);
    if (!inserted) return; // a resubmission: the article is already on its way
    context.emit(EventTypes.ArticleIngested, {
      source: article.source ?? null,
      url: article.url ?? null,
      contentType: article.contentType,
      content: article.content,
      contentHash: row.contentHash,
      receivedAt: receivedAt.toISOString(),
      title: article.title ?? null,
      body: article.body ?? null,
    });
  }
}
