import { Command } from 'commander';
import { CliIo } from './cli-io';
import { createProgram, withExamples } from './cli-program';
import { registerDlqCommand } from './commands/dlq.command';
import { registerEntitiesCommand } from './commands/entities.command';
import { registerParseCommand } from './commands/parse.command';
import { registerProcessCommand } from './commands/process.command';
import { registerProvisionBrokerUsersCommand } from './commands/provision-broker-users.command';
import { registerProvisionRolesCommand } from './commands/provision-roles.command';
import { registerReprocessCommand } from './commands/reprocess.command';
import { registerStatusCommand } from './commands/status.command';
import { registerShowCommand } from './commands/show.command';
import { registerSubmitCommand } from './commands/submit.command';

/** The `newswire` program with every command registered. */
export function newswireProgram(io: CliIo): Command {
  const program = createProgram(io);
  for (const register of [
    registerSubmitCommand,
    registerStatusCommand,
    registerShowCommand,
    registerProcessCommand,
    registerParseCommand,
    registerEntitiesCommand,
    registerDlqCommand,
    registerReprocessCommand,
    registerProvisionRolesCommand,
    registerProvisionBrokerUsersCommand,
  ]) {
    register(program, io);
  }
  return withExamples(program, 'newswire submit crawl.warc.gz', 'newswire status --watch', 'newswire parse --help');
}
