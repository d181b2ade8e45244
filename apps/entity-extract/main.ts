import 'reflect-metadata';
import { bootstrapStage } from '@newswire/stage-runtime';
import { EntityExtractModule } from './src/entity-extract.module';

void bootstrapStage({ stage: 'entity-extract', module: EntityExtractModule });
