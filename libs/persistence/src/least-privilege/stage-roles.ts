import type { Client } from 'pg';
import { STAGE_NAMES, StageName, stageSchema } from '@newswire/contracts';

export interface StageRolesOptions {
  /** The database the stages share (the admin client must be connected to it). */
  database: string;
  /** Roles are named `<prefix>_<schema>`, e.g. newswire_entity_extract. */
  rolePrefix: string;
  passwords: Record<StageName, string>;
}

export function stageRoleName(rolePrefix: string, stage: StageName): string {
  return `${rolePrefix}_${stageSchema(stage)}`;
}

/**
 * One login role per stage that owns its stage's schema and nothing else: it can connect to
 * the database, create and write tables in its own schema, and cannot read or write any
 * other stage's schema or create objects in `public`. Idempotent (passwords are reset).
 */
export async function provisionStageRoles(admin: Client, options: StageRolesOptions): Promise<void> {
  const db = admin.escapeIdentifier(options.database);
  await admin.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
  await admin.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  for (const stage of STAGE_NAMES) {
    const role = stageRoleName(options.rolePrefix, stage);
    const password = options.passwords[stage];
    if (!password || password.length < 12) throw new Error(`the ${stage} role needs a password of at least 12 characters`);
    const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    const verb = exists.rowCount ? 'ALTER' : 'CREATE';
    await admin.query(`${verb} ROLE ${admin.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${admin.escapeLiteral(password)}`);
    await admin.query(`GRANT CONNECT ON DATABASE ${db} TO ${admin.escapeIdentifier(role)}`);
    const schema = admin.escapeIdentifier(stageSchema(stage));
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await admin.query(`ALTER SCHEMA ${schema} OWNER TO ${admin.escapeIdentifier(role)}`);
    await admin.query(`REVOKE ALL ON SCHEMA ${schema} FROM PUBLIC`);
  }
}
