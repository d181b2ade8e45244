import 'reflect-metadata';
import { bootstrapStage } from '@newswire/stage-runtime';
import { PublishModule } from './src/publish.module';

// Not awaited: bootstrapStage reports its own failures (one line on stderr, exit code 1).
void bootstrapStage({
  stage: 'publish',
  module: PublishModule,
  apiDocs: { title: 'Newswire publish', description: 'Serves the published, entity-annotated documents and finds them by entity.' },
});
