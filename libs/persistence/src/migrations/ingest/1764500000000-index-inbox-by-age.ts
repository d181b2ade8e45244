import { IndexInboxByAgeMigration } from '../../stage-migration';

export class IndexIngestInboxByAge1764500000000 extends IndexInboxByAgeMigration {
  protected readonly schema = 'ingest';
}
