import 'reflect-metadata';
import { bootstrapStage } from '@newswire/stage-runtime';
import { EntityExtractModule } from './src/entity-extract.module';

// Not awaited: bootstrapStage reports its own failures (one line on stderr, exit code 1).
void bootstrapStage({ stage: 'entity-extract', module: EntityExtractModule });
