import 'reflect-metadata';
import { bootstrapStage } from '@newswire/stage-runtime';
import { IngestModule } from './ingest.module';
import { submissionDecoder } from './submission/submission-decoder';

void bootstrapStage({
  stage: 'ingest',
  module: IngestModule,
  decode: (config) => submissionDecoder(config.maxArticleBytes),
});
