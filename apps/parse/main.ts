import 'reflect-metadata';
import { bootstrapStage } from '@newswire/stage-runtime';
import { ParseModule } from './src/parse.module';

// Not awaited: bootstrapStage reports its own failures (one line on stderr, exit code 1).
void bootstrapStage({ stage: 'parse', module: ParseModule });
