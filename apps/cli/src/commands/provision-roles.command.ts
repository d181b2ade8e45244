import { Client } from 'pg';
import { STAGE_NAMES } from '@newswire/contracts';
import { EnvReader, readDatabaseUrl } from '@newswire/config';
import { provisionStageRoles, stageRoleName } from '@newswire/persistence';
import { CliIo, parseOptions, stringOption } from '../cli-io';
import { readStagePasswords } from '../stage-passwords';

/**
 * `newswire provision-roles [--prefix newswire]`: with an administrator's DATABASE_URL, creates
 * one least-privileged login role per stage (passwords from INGEST_DB_PASSWORD, PARSE_DB_PASSWORD,
 * ENTITY_EXTRACT_DB_PASSWORD, PUBLISH_DB_PASSWORD), each owning only its own schema.
 */
export async function runProvisionRolesCommand(argv: string[], io: CliIo): Promise<number> {
  const { options } = parseOptions(argv);
  const read = new EnvReader();
  const databaseUrl = readDatabaseUrl(read);
  const passwords = readStagePasswords(read, 'DB_PASSWORD');
  read.assertValid();
  const prefix = stringOption(options, 'prefix') ?? 'newswire';
  const database = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await provisionStageRoles(admin, { database, rolePrefix: prefix, passwords });
  } finally {
    await admin.end();
  }
  io.stdout.write(`provisioned ${STAGE_NAMES.map((s) => stageRoleName(prefix, s)).join(', ')} on ${database}\n`);
  return 0;
}
