import { CompressLargeColumnsMigration } from '../../stage-migration';

/**
 * The read model's search vector (a 9 kB body gives a 6.5 kB vector) and a document's replaced
 * versions were left at pglz. In psql, 1,000 such vectors inserted with pglz took 0.1-0.3 ms more
 * each than with lz4, and lz4 stored them smaller (5.5 MB against 8.2 MB). Three alternated quick
 * runs of 800 real pages: Postgres 4.6-4.8 ms of CPU per page against 4.7-5.2.
 */
export class CompressPublishSearchVector1765700000000 extends CompressLargeColumnsMigration {
  protected readonly columns: Array<[string, string]> = [
    ['publish.documents', 'search_vector'],
    ['publish.document_versions', 'document'],
  ];
}
