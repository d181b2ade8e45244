import { CompressLargeColumnsMigration } from '../../stage-migration';

export class CompressEntityExtractLargeColumns1764400000000 extends CompressLargeColumnsMigration {
  protected readonly columns: Array<[string, string]> = [
    ['entity_extract.outbox', 'body'],
    ['entity_extract.failed_messages', 'content'],
  ];
}
