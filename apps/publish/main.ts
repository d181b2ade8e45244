import 'reflect-metadata';
import { bootstrapStage } from '@newswire/stage-runtime';
import { PublishModule } from './src/publish.module';

void bootstrapStage({ stage: 'publish', module: PublishModule });
