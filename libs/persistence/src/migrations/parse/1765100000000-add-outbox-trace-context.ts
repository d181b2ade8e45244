import { AddOutboxTraceContextMigration } from '../../stage-migration';

export class AddParseOutboxTraceContext1765100000000 extends AddOutboxTraceContextMigration {
  protected readonly schema = 'parse';
}
