import { Command } from 'commander';
import { Client } from 'pg';
import { STAGE_NAMES } from '@newswire/contracts';
import { EnvReader, readDatabaseUrl, redactUrl } from '@newswire/config';
import { provisionStageRoles, stageRoleName } from '@newswire/persistence';
import { CliFailure, CliIo, writeTo } from '../cli-io';
import { assertValidEnvironment } from '../cli-environment';
import { runs, withExamples } from '../cli-program';
import { readStagePasswords } from '../stage-passwords';

/**
 * `newswire provision-roles`: with an administrator's DATABASE_URL, creates
 * one least-privileged login role per stage (passwords from INGEST_DB_PASSWORD, PARSE_DB_PASSWORD,
 * ENTITY_EXTRACT_DB_PASSWORD, PUBLISH_DB_PASSWORD), each owning only its own schema.
 */
export function registerProvisionRolesCommand(program: Command, io: CliIo): void {
  const command: Command = program
    .command('provision-roles')
    .summary('one least-privileged Postgres role per stage')
    .description(
      'With an administrator DATABASE_URL, creates one login role per stage owning only its schema; passwords from INGEST_DB_PASSWORD, PARSE_DB_PASSWORD, ENTITY_EXTRACT_DB_PASSWORD, PUBLISH_DB_PASSWORD.',
    )
    .option('--prefix <prefix>', 'role name prefix', 'newswire');
  withExamples(command, 'DATABASE_URL=postgres://admin@db/newswire INGEST_DB_PASSWORD=… PARSE_DB_PASSWORD=… … newswire provision-roles --prefix newswire');
  runs(command, async (options: { prefix: string }) => {
    const read = new EnvReader();
    const databaseUrl = readDatabaseUrl(read);
    const passwords = readStagePasswords(read, 'DB_PASSWORD');
    assertValidEnvironment(read);
    const database = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
    const admin = new Client({ connectionString: databaseUrl });
    await admin.connect().catch((error: Error) => {
      throw new CliFailure(
        `cannot reach PostgreSQL at ${redactUrl(databaseUrl)}: ${error.message}`,
        'start PostgreSQL or set DATABASE_URL to an administrator URL',
      );
    });
    try {
      await provisionStageRoles(admin, { database, rolePrefix: options.prefix, passwords });
    } finally {
      await admin.end();
    }
    await writeTo(io.stdout, `provisioned ${STAGE_NAMES.map((s) => stageRoleName(options.prefix, s)).join(', ')} on ${database}\n`);
    return 0;
  });
}
