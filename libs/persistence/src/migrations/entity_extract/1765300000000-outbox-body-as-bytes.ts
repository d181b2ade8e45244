import { OutboxBodyAsBytesMigration } from '../../stage-migration';

export class EntityExtractOutboxBodyAsBytes1765300000000 extends OutboxBodyAsBytesMigration {
  protected readonly schema = 'entity_extract';
}
