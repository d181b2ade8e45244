import { execFile } from 'child_process';
import { Command } from 'commander';
import { promisify } from 'util';
import { STAGE_NAMES } from '@newswire/contracts';
import { EnvReader, readAmqpUrl, readNamespace } from '@newswire/config';
import { stageBrokerPermissions, Topology } from '@newswire/messaging';
import { CliFailure, CliIo, writeTo } from '../cli-io';
import { assertValidEnvironment, connectToBroker } from '../cli-environment';
import { runs, withExamples } from '../cli-program';
import { readStagePasswords } from '../stage-passwords';

const run = promisify(execFile);

/**
 * `newswire provision-broker-users`: on the broker's host (or
 * in its container), creates one RabbitMQ user per stage with the narrowest permissions it
 * runs with. Passwords from INGEST_AMQP_PASSWORD, PARSE_AMQP_PASSWORD, ENTITY_EXTRACT_AMQP_PASSWORD,
 * PUBLISH_AMQP_PASSWORD; uses `rabbitmqctl` (RABBITMQCTL to override). It also declares the
 * topology with the administrator's AMQP_URL, since a least-privileged stage may declare only
 * its own queues.
 */
export function registerProvisionBrokerUsersCommand(program: Command, io: CliIo): void {
  const command: Command = program
    .command('provision-broker-users')
    .summary('one least-privileged RabbitMQ user per stage')
    .description(
      "On the broker's host, creates one RabbitMQ user per stage with the narrowest permissions it runs with (rabbitmqctl, or RABBITMQCTL); passwords from INGEST_AMQP_PASSWORD, PARSE_AMQP_PASSWORD, ENTITY_EXTRACT_AMQP_PASSWORD, PUBLISH_AMQP_PASSWORD.",
    )
    .option('--prefix <prefix>', 'user name prefix', 'newswire')
    .option('--vhost <vhost>', 'virtual host', '/');
  withExamples(command, 'INGEST_AMQP_PASSWORD=… PARSE_AMQP_PASSWORD=… … newswire provision-broker-users --vhost /');
  runs(command, async (options: { prefix: string; vhost: string }) => {
    const read = new EnvReader();
    const namespace = readNamespace(read);
    const rabbitmqctl = read.string('RABBITMQCTL', 'rabbitmqctl');
    const adminUrl = readAmqpUrl(read);
    const passwords = readStagePasswords(read, 'AMQP_PASSWORD');
    assertValidEnvironment(read);
    const { prefix, vhost } = options;
    const topology = new Topology(namespace);
    // Each rabbitmqctl call starts an Erlang VM (seconds on a busy machine): list the users once.
    const { stdout } = await run(rabbitmqctl, ['-q', 'list_users']).catch((error: Error) => {
      throw new CliFailure(`${rabbitmqctl} failed: ${error.message}`, "run this on the broker's host (or its container), or point RABBITMQCTL at rabbitmqctl");
    });
    const existingUsers = new Set(stdout.split('\n').map((line) => line.split('\t')[0]));
    for (const stage of STAGE_NAMES) {
      const user = `${prefix}-${stage}`;
      const exists = existingUsers.has(user);
      await run(rabbitmqctl, exists ? ['-q', 'change_password', user, passwords[stage]] : ['-q', 'add_user', user, passwords[stage]]);
      const permissions = stageBrokerPermissions(topology, stage);
      await run(rabbitmqctl, ['-q', 'set_permissions', '-p', vhost, user, permissions.configure, permissions.write, permissions.read]);
      await writeTo(io.stdout, `${user}: configure ${permissions.configure}  write ${permissions.write}  read ${permissions.read}\n`);
    }
    const connection = await connectToBroker(adminUrl);
    try {
      await topology.declare(await connection.createChannel());
    } finally {
      await connection.close().catch(() => undefined);
    }
    await writeTo(io.stdout, `declared the ${namespace} topology\n`);
    return 0;
  });
}
