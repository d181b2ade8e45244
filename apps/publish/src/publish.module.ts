import { Module } from '@nestjs/common';
import { StageRuntimeModule } from '@newswire/stage-runtime';
import { ArticleEnrichedHandler } from './documents/article-enriched.handler';
import { DocumentRepository } from './documents/document.repository';
import { DocumentsController } from './documents/documents.controller';

@Module({
  imports: [StageRuntimeModule.forStage({ stage: 'publish', defaultHttpPort: 3003 })],
  controllers: [ArticleEnrichedHandler, DocumentsController],
  providers: [DocumentRepository],
})
export class PublishModule {}
