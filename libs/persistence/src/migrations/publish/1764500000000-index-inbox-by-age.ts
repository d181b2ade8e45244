import { IndexInboxByAgeMigration } from '../../stage-migration';

export class IndexPublishInboxByAge1764500000000 extends IndexInboxByAgeMigration {
  protected readonly schema = 'publish';
}
