import { Controller, UseFilters } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, EventType, EventTypes } from '@newswire/contracts';
import { RethrowRpcErrors, StageContext } from '@newswire/messaging';
import { contentHashOf, NormalizedSubmission } from './normalize-submission';
import { RawArticleRepository } from './raw-article.repository';

/**
 * article.submitted → store the raw article once → article.ingested. The submission arrives
 * normalised: the queue decoder and the HTTP controller admitted it (admitSubmission).
 */
@Controller()
@UseFilters(RethrowRpcErrors)
export class ArticleSubmittedHandler {
  constructor(private readonly articles: RawArticleRepository) {}

  @EventPattern<EventType>(EventTypes.ArticleSubmitted)
  async handle(@Payload() event: EventEnvelope<'article.submitted', NormalizedSubmission>, @Ctx() context: StageContext): Promise<void> {
    const article = event.payload;
    const contentHash = contentHashOf(article);
    const { inserted, receivedAt } = await this.articles.insertIfNew(context.tx, { articleId: event.articleId, contentHash, article });
    if (!inserted) return; // a resubmission: the article is already on its way
    context.emit(EventTypes.ArticleIngested, {
      source: article.source ?? null,
      url: article.url ?? null,
      contentType: article.contentType,
      content: article.content,
      contentHash,
      receivedAt: receivedAt.toISOString(),
      title: article.title ?? null,
      body: article.body ?? null,
    });
  }
}
