import { CompressLargeColumnsMigration } from '../../stage-migration';

export class CompressIngestLargeColumns1764400000000 extends CompressLargeColumnsMigration {
  protected readonly columns: Array<[string, string]> = [
    ['ingest.raw_articles', 'content'],
    ['ingest.raw_articles', 'body'],
    ['ingest.outbox', 'body'],
  ];
}
