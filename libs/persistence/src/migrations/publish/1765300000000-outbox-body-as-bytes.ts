import { OutboxBodyAsBytesMigration } from '../../stage-migration';

export class PublishOutboxBodyAsBytes1765300000000 extends OutboxBodyAsBytesMigration {
  protected readonly schema = 'publish';
}
