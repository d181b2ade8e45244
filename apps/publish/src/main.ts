import 'reflect-metadata';
import { bootstrapStage } from '@newswire/stage-runtime';
import { PublishModule } from './publish.module';

void bootstrapStage({ stage: 'publish', module: PublishModule });
