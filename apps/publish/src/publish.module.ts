import { Module } from '@nestjs/common';
import { StageRuntimeModule } from '@newswire/stage-runtime';
import { ArticleEnrichedHandler } from './documents/article-enriched.handler';
import { DocumentRepository } from './documents/document.repository';
import { DocumentsController } from './documents/documents.controller';
import { ArticleFeed } from './read/article-feed';
import { ArticleSearch } from './read/article-search';
import { ArticleStreamController } from './read/article-stream.controller';
import { EntitiesController } from './read/entities.controller';
import { EntityDirectory } from './read/entity-directory';

@Module({
  imports: [StageRuntimeModule.forStage({ stage: 'publish', defaultHttpPort: 3003 })],
  // The stream's route is registered before /articles/:id, which would take "stream" for an id.
  controllers: [ArticleEnrichedHandler, ArticleStreamController, DocumentsController, EntitiesController],
  providers: [DocumentRepository, ArticleSearch, EntityDirectory, ArticleFeed],
})
export class PublishModule {}
