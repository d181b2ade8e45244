import { createHash } from 'crypto';
import type { PoolClient } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';

const statementNames = new Map<string, string>();

/** A stable statement name per SQL text: the same text is parsed and planned once per connection. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `nw_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs a hot-path statement as a named prepared statement on the runner's connection (inside
 * its transaction, if one is open). TypeORM's `query` cannot name statements, so the driver's
 * client is used directly; errors are the driver's (with their SQLSTATE `code`).
 */
export async function preparedQuery<Row = Record<string, unknown>>(runner: QueryRunner, text: string, values: unknown[]): Promise<Row[]> {
  const client = (await runner.connect()) as PoolClient;
  const result = await client.query({ name: statementName(text), text, values });
  return result.rows as Row[];
}

/** The same outside a transaction: takes a pooled connection for the one statement. */
export async function preparedQueryOnce<Row = Record<string, unknown>>(dataSource: DataSource, text: string, values: unknown[]): Promise<Row[]> {
  const runner = dataSource.createQueryRunner();
  try {
    return await preparedQuery<Row>(runner, text, values);
  } finally {
    await runner.release();
  }
}
