import 'reflect-metadata';
import { bootstrapStage } from '@newswire/stage-runtime';
import { IngestModule } from './src/ingest.module';

// Not awaited: bootstrapStage reports its own failures (one line on stderr, exit code 1).
void bootstrapStage({
  stage: 'ingest',
  module: IngestModule,
  apiDocs: { title: 'Newswire ingest', description: 'Submits raw articles to the pipeline (the HTTP form of the public ingest queue).' },
});
