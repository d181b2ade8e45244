import { Module, OnModuleInit } from '@nestjs/common';
import { loadNerModel, warmUpEntityExtraction } from '@newswire/nlp';
import { StageRuntimeModule } from '@newswire/stage-runtime';
import { ArticleParsedHandler } from './named-entities/article-parsed.handler';
import { EntityRepository } from './named-entities/entity.repository';
import { rehearsalEvents } from './named-entities/rehearsal-events';

@Module({
  imports: [StageRuntimeModule.forStage({ stage: 'entity-extract', defaultHttpPort: 3002, rehearsal: rehearsalEvents })],
  controllers: [ArticleParsedHandler],
  providers: [EntityRepository],
})
export class EntityExtractModule implements OnModuleInit {
  onModuleInit(): void {
    loadNerModel(); // load the model at boot, not on the first message
    warmUpEntityExtraction(); // and compile the tagger before articles queue behind the first ones
  }
}
