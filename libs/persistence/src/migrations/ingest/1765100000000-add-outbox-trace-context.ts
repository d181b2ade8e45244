import { AddOutboxTraceContextMigration } from '../../stage-migration';

export class AddIngestOutboxTraceContext1765100000000 extends AddOutboxTraceContextMigration {
  protected readonly schema = 'ingest';
}
