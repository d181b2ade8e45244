import { Module } from '@nestjs/common';
import { StageRuntimeModule } from '@newswire/stage-runtime';
import { ArticleIngestedHandler } from './parsing/article-ingested.handler';
import { ParsedArticleRepository } from './parsing/parsed-article.repository';

@Module({
  imports: [StageRuntimeModule.forStage({ stage: 'parse', defaultHttpPort: 3001 })],
  controllers: [ArticleIngestedHandler],
  providers: [ParsedArticleRepository],
})
export class ParseModule {}
