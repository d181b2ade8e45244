import { CompressLargeColumnsMigration } from '../../stage-migration';

export class CompressParseLargeColumns1764400000000 extends CompressLargeColumnsMigration {
  protected readonly columns: Array<[string, string]> = [
    ['parse.parsed_articles', 'paragraphs'],
    ['parse.outbox', 'body'],
    ['parse.failed_messages', 'content'],
  ];
}
