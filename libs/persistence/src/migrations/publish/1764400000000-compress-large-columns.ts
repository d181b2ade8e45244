import { CompressLargeColumnsMigration } from '../../stage-migration';

export class CompressPublishLargeColumns1764400000000 extends CompressLargeColumnsMigration {
  protected readonly columns: Array<[string, string]> = [
    ['publish.documents', 'body'],
    ['publish.documents', 'paragraphs'],
    ['publish.documents', 'entities'],
  ];
}
