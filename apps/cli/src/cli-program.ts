import { Command, CommanderError } from 'commander';
import { CliFailure, CliIo } from './cli-io';

/**
 * The one argv parser of the CLI: commander (the de-facto Node CLI library; its v14 supports
 * Node 20). Each command module registers itself on a program made here, and its action
 * returns the exit code through `runs`.
 */
const exitCodes = new WeakMap<Command, number>();

export function createProgram(io: CliIo): Command {
  return new Command('newswire')
    .description('operate the Newswire pipeline: submit articles, watch and repair the stages, run the parser and NER offline')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run the command with --help for its usage and an example)')
    .showSuggestionAfterError();
}

/** Adds `Example:` lines to a command's --help. */
export function withExamples(command: Command, ...examples: string[]): Command {
  return command.addHelpText('after', `\nExample${examples.length > 1 ? 's' : ''}:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
}

function root(command: Command): Command {
  let current = command;
  while (current.parent) current = current.parent;
  return current;
}

/** Sets the command's action; the handler's result becomes the process exit code. */
export function runs<Args extends unknown[]>(command: Command, handler: (...args: Args) => Promise<number>): Command {
  return command.action(async (...args: unknown[]) => {
    exitCodes.set(root(command), await handler(...(args as Args)));
  });
}

/** Parses argv (what follows `newswire`), runs the chosen command, and returns the exit code. */
export async function runProgram(program: Command, argv: string[], io: CliIo): Promise<number> {
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCodes.get(program) ?? 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are answers; every other commander error is a usage error, already printed.
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ? 0 : 2;
    }
    if (error instanceof CliFailure) {
      io.stderr.write(`newswire: ${error.message}\n  next: ${error.nextStep}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
