import { Controller, Inject, UseFilters } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ArticleSubmittedV1, EventEnvelope, EventType, EventTypes } from '@newswire/contracts';
import type { ServiceConfig } from '@newswire/config';
import { RethrowRpcErrors, StageContext } from '@newswire/messaging';
import { SERVICE_CONFIG } from '@newswire/stage-runtime';
import { normalizeSubmission } from './normalize-submission';
import { RawArticleRepository } from './raw-article.repository';

/** article.submitted → store the raw article once → article.ingested. */
@Controller()
@UseFilters(RethrowRpcErrors)
export class ArticleSubmittedHandler {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly articles: RawArticleRepository,
  ) {}

  @EventPattern<EventType>(EventTypes.ArticleSubmitted)
  async handle(@Payload() event: EventEnvelope<'article.submitted', ArticleSubmittedV1>, @Ctx() context: StageContext): Promise<void> {
    const article = normalizeSubmission(event.payload, this.config.maxArticleBytes);
    const { inserted, receivedAt } = await this.articles.insertIfNew(context.queryRunner, article);
    if (!inserted) return; // a resubmission: the article is already on its way
    context.emit(
      EventTypes.ArticleIngested,
      {
        source: article.source,
        url: article.url,
        contentType: article.contentType,
        content: article.content,
        contentHash: article.contentHash,
        receivedAt: receivedAt.toISOString(),
        title: article.title,
        body: article.body,
      },
      article.articleId,
    );
  }
}
