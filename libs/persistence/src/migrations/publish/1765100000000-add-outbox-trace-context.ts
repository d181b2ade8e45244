import { AddOutboxTraceContextMigration } from '../../stage-migration';

export class AddPublishOutboxTraceContext1765100000000 extends AddOutboxTraceContextMigration {
  protected readonly schema = 'publish';
}
