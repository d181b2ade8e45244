import { DataSource } from 'typeorm';
import { STAGE_NAMES, stageSchema } from '@newswire/contracts';
import { createStageDataSource, migrateStageSchema } from '@newswire/persistence';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

// Every column that holds a page, a body, an event or a vector of one: pglz costs several times
// lz4's CPU on each insert (docs/performance.md, Where the CPU goes, and the migrations that switch them).
const LARGE_COLUMNS = [
  'ingest.raw_articles.content',
  'ingest.raw_articles.body',
  'ingest.outbox.body',
  'parse.parsed_articles.paragraphs',
  'parse.outbox.body',
  'parse.failed_messages.content',
  'entity_extract.outbox.body',
  'entity_extract.failed_messages.content',
  'publish.documents.body',
  'publish.documents.paragraphs',
  'publish.documents.entities',
  'publish.documents.search_vector',
  'publish.document_versions.document',
];

describe('large columns: compressed with lz4 where the server has it', () => {
  let env: TestEnvironment;
  const dataSources: DataSource[] = [];

  beforeAll(async () => {
    env = await startTestEnvironment();
    for (const stage of STAGE_NAMES) {
      const dataSource = createStageDataSource({ stage, databaseUrl: env.databaseUrl, poolSize: 1 });
      await dataSource.initialize();
      await migrateStageSchema(dataSource, stage);
      dataSources.push(dataSource);
    }
  });

  afterAll(async () => {
    for (const dataSource of dataSources) await dataSource.destroy();
    await env?.teardown();
  });

  it('sets lz4 on every page-, body-, event- and vector-sized column of the four schemas', async () => {
    const [{ lz4 }] = await dataSources[0].query(`SELECT 'lz4' = ANY (enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`);
    expect(lz4).toBe(true); // the project's Postgres images and CI's server are built with it
    const rows: Array<{ name: string; compression: string }> = await dataSources[0].query(
      `SELECT n.nspname || '.' || c.relname || '.' || a.attname AS name, a.attcompression AS compression
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ANY ($1) AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
      [STAGE_NAMES.map(stageSchema)],
    );
    const compression = new Map(rows.map((r) => [r.name, r.compression]));
    expect(LARGE_COLUMNS.filter((column) => compression.get(column) !== 'l')).toEqual([]);
  });
});
