import { IndexInboxByAgeMigration } from '../../stage-migration';

export class IndexEntityExtractInboxByAge1764500000000 extends IndexInboxByAgeMigration {
  protected readonly schema = 'entity_extract';
}
