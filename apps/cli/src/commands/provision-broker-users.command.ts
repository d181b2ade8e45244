import { execFile } from 'child_process';
import * as amqp from 'amqplib';
import { promisify } from 'util';
import { STAGE_NAMES } from '@newswire/contracts';
import { EnvReader, readAmqpUrl, readNamespace } from '@newswire/config';
import { stageBrokerPermissions, Topology } from '@newswire/messaging';
import { CliIo, parseOptions, stringOption } from '../cli-io';
import { readStagePasswords } from '../stage-passwords';

const run = promisify(execFile);

/**
 * `newswire provision-broker-users [--prefix newswire] [--vhost /]`: on the broker's host (or
 * in its container), creates one RabbitMQ user per stage with the narrowest permissions it
 * runs with. Passwords from INGEST_AMQP_PASSWORD, PARSE_AMQP_PASSWORD, ENTITY_EXTRACT_AMQP_PASSWORD,
 * PUBLISH_AMQP_PASSWORD; uses `rabbitmqctl` (RABBITMQCTL to override). It also declares the
 * topology with the administrator's AMQP_URL, since a least-privileged stage may declare only
 * its own queues.
 */
export async function runProvisionBrokerUsersCommand(argv: string[], io: CliIo): Promise<number> {
  const { options } = parseOptions(argv);
  const read = new EnvReader();
  const namespace = readNamespace(read);
  const rabbitmqctl = read.string('RABBITMQCTL', 'rabbitmqctl');
  const adminUrl = readAmqpUrl(read);
  const passwords = readStagePasswords(read, 'AMQP_PASSWORD');
  read.assertValid();
  const prefix = stringOption(options, 'prefix') ?? 'newswire';
  const vhost = stringOption(options, 'vhost') ?? '/';
  const topology = new Topology(namespace);
  // Each rabbitmqctl call starts an Erlang VM (seconds on a busy machine): list the users once.
  const { stdout } = await run(rabbitmqctl, ['-q', 'list_users']);
  const existingUsers = new Set(stdout.split('\n').map((line) => line.split('\t')[0]));
  for (const stage of STAGE_NAMES) {
    const user = `${prefix}-${stage}`;
    const exists = existingUsers.has(user);
    await run(rabbitmqctl, exists ? ['-q', 'change_password', user, passwords[stage]] : ['-q', 'add_user', user, passwords[stage]]);
    const permissions = stageBrokerPermissions(topology, stage);
    await run(rabbitmqctl, ['-q', 'set_permissions', '-p', vhost, user, permissions.configure, permissions.write, permissions.read]);
    io.stdout.write(`${user}: configure ${permissions.configure}  write ${permissions.write}  read ${permissions.read}\n`);
  }
  const connection = await amqp.connect(adminUrl);
  try {
    await topology.declare(await connection.createChannel());
  } finally {
    await connection.close().catch(() => undefined);
  }
  io.stdout.write(`declared the ${namespace} topology\n`);
  return 0;
}
