import { Module } from '@nestjs/common';
import { StageRuntimeModule } from '@newswire/stage-runtime';
import { ArticleEnrichedHandler } from './documents/article-enriched.handler';
import { DocumentRepository } from './documents/document.repository';
import { DocumentsController } from './documents/documents.controller';
import { ArticleSearch } from './read/article-search';
import { EntitiesController } from './read/entities.controller';
import { EntityDirectory } from './read/entity-directory';

@Module({
  imports: [StageRuntimeModule.forStage({ stage: 'publish', defaultHttpPort: 3003 })],
  controllers: [ArticleEnrichedHandler, DocumentsController, EntitiesController],
  providers: [DocumentRepository, ArticleSearch, EntityDirectory],
})
export class PublishModule {}
