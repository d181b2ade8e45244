import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { urlencoded } from 'express';
import { StageRuntimeModule } from '@newswire/stage-runtime';
import { ArticleEnrichedHandler } from './documents/article-enriched.handler';
import { DocumentRepository } from './documents/document.repository';
import { EntityCounts } from './documents/entity-counts';
import { DocumentsController } from './documents/documents.controller';
import { rehearsalEvents } from './documents/rehearsal-events';
import { ArticleFeed } from './read/article-feed';
import { ArticleSearch } from './read/article-search';
import { ArticleStreamController } from './read/article-stream.controller';
import { EntitiesController } from './read/entities.controller';
import { EntityDirectory } from './read/entity-directory';
import { WebAssetsController } from './web/web-assets.controller';
import { WebPagesController } from './web/web-pages.controller';
import { WebSessionController } from './web/web-session.controller';

@Module({
  imports: [StageRuntimeModule.forStage({ stage: 'publish', defaultHttpPort: 3003, rehearsal: rehearsalEvents })],
  // The stream's route is registered before /articles/:id, which would take "stream" for an id.
  controllers: [
    ArticleEnrichedHandler,
    ArticleStreamController,
    DocumentsController,
    EntitiesController,
    WebSessionController,
    WebAssetsController,
    WebPagesController,
  ],
  providers: [DocumentRepository, EntityCounts, ArticleSearch, EntityDirectory, ArticleFeed],
})
export class PublishModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The sign-in form is the only form body the service reads.
    consumer.apply(urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 })).forRoutes({ path: 'web/login', method: RequestMethod.POST });
  }
}
