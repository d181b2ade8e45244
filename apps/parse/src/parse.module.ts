import { Module, OnModuleInit } from '@nestjs/common';
import { warmUpExtraction } from '@newswire/extraction';
import { PAGE_PREFETCH, StageRuntimeModule } from '@newswire/stage-runtime';
import { ArticleIngestedHandler } from './parsing/article-ingested.handler';
import { ParsedArticleRepository } from './parsing/parsed-article.repository';
import { rehearsalEvents } from './parsing/rehearsal-events';
import { ReprocessController } from './reprocess/reprocess.controller';

@Module({
  imports: [StageRuntimeModule.forStage({ stage: 'parse', defaultHttpPort: 3001, defaultPrefetch: PAGE_PREFETCH, rehearsal: rehearsalEvents })],
  controllers: [ArticleIngestedHandler, ReprocessController],
  providers: [ParsedArticleRepository],
})
export class ParseModule implements OnModuleInit {
  onModuleInit(): void {
    warmUpExtraction(); // load the metadata model and compile the parser before the first articles queue behind them
  }
}
