import 'reflect-metadata';
import { bootstrapStage } from '@newswire/stage-runtime';
import { ParseModule } from './src/parse.module';

void bootstrapStage({ stage: 'parse', module: ParseModule });
