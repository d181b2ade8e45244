import { OutboxBodyAsBytesMigration } from '../../stage-migration';

export class ParseOutboxBodyAsBytes1765300000000 extends OutboxBodyAsBytesMigration {
  protected readonly schema = 'parse';
}
