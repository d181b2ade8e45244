import { OutboxBodyAsBytesMigration } from '../../stage-migration';

export class IngestOutboxBodyAsBytes1765300000000 extends OutboxBodyAsBytesMigration {
  protected readonly schema = 'ingest';
}
