import 'reflect-metadata';
import { CliIo } from './src/cli-io';
import { runDlqCommand } from './src/commands/dlq.command';
import { runEntitiesCommand } from './src/commands/entities.command';
import { runParseCommand } from './src/commands/parse.command';
import { runProcessCommand } from './src/commands/process.command';
import { runProvisionBrokerUsersCommand } from './src/commands/provision-broker-users.command';
import { runProvisionRolesCommand } from './src/commands/provision-roles.command';
import { runShowCommand } from './src/commands/show.command';
import { runSubmitCommand } from './src/commands/submit.command';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  submit: { run: runSubmitCommand, summary: 'submit <file>... [--url URL] [--wait]   publish files to the ingest queue' },
  show: { run: runShowCommand, summary: 'show <article-id> [--wait]              print a published document' },
  process: { run: runProcessCommand, summary: 'process <file>                          parse and extract in-process (no broker, no database)' },
  parse: { run: runParseCommand, summary: 'parse <file> | --jsonl                  print the parsed article(s) as JSON' },
  entities: { run: runEntitiesCommand, summary: 'entities <file> | --jsonl               print the entities of a text' },
  'provision-roles': { run: runProvisionRolesCommand, summary: 'provision-roles [--prefix P]            one least-privileged Postgres role per stage' },
  'provision-broker-users': {
    run: runProvisionBrokerUsersCommand,
    summary: 'provision-broker-users [--prefix P]     one least-privileged RabbitMQ user per stage',
  },
  dlq: { run: runDlqCommand, summary: 'dlq list | dlq replay <stage:id>|--all   inspect and re-drive dead letters' },
};

function usage(): string {
  return ['usage: newswire <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`), ''].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(usage());
    return name === undefined || name === '--help' || name === 'help' ? 0 : 2;
  }
  return command.run(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`newswire: ${error.message}\n`);
    process.exitCode = 1;
  },
);
