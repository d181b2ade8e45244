import { IndexInboxByAgeMigration } from '../../stage-migration';

export class IndexParseInboxByAge1764500000000 extends IndexInboxByAgeMigration {
  protected readonly schema = 'parse';
}
