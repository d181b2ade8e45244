import { Module } from '@nestjs/common';
import { PAGE_PREFETCH, StageRuntimeModule } from '@newswire/stage-runtime';
import { ArticleSubmittedHandler } from './submission/article-submitted.handler';
import { ArticlesController } from './submission/articles.controller';
import { ReprocessController } from './reprocess/reprocess.controller';
import { rawArticleContents } from './submission/raw-article-contents';
import { RawArticleRepository } from './submission/raw-article.repository';
import { rehearsalSubmissions } from './submission/rehearsal-submissions';
import { submissionDecoder } from './submission/submission-decoder';

@Module({
  imports: [
    StageRuntimeModule.forStage({
      stage: 'ingest',
      defaultHttpPort: 3000,
      defaultPrefetch: PAGE_PREFETCH,
      decode: (config) => submissionDecoder(config.maxArticleBytes),
      attachments: rawArticleContents,
      rehearsal: rehearsalSubmissions,
    }),
  ],
  controllers: [ArticleSubmittedHandler, ArticlesController, ReprocessController],
  providers: [RawArticleRepository],
})
export class IngestModule {}
