import { AddOutboxTraceContextMigration } from '../../stage-migration';

export class AddEntityExtractOutboxTraceContext1765100000000 extends AddOutboxTraceContextMigration {
  protected readonly schema = 'entity_extract';
}
