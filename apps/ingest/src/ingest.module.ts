import { Module } from '@nestjs/common';
import { StageRuntimeModule } from '@newswire/stage-runtime';
import { ArticleSubmittedHandler } from './submission/article-submitted.handler';
import { ArticlesController } from './submission/articles.controller';
import { RawArticleRepository } from './submission/raw-article.repository';

@Module({
  imports: [StageRuntimeModule.forStage({ stage: 'ingest', defaultHttpPort: 3000 })],
  controllers: [ArticleSubmittedHandler, ArticlesController],
  providers: [RawArticleRepository],
})
export class IngestModule {}
