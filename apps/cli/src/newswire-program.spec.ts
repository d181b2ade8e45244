import { Command } from 'commander';
import { capturedIo } from '../../../test/support/captured-io';
import { runProgram } from './cli-program';
import { newswireProgram } from './newswire-program';

function leafCommands(command: Command, prefix: string[] = []): string[][] {
  if (command.commands.length === 0) return [prefix];
  return command.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => [...(c.commands.length ? [[...prefix, c.name()]] : []), ...leafCommands(c, [...prefix, c.name()])]);
}

describe('the newswire program', () => {
  const commands = leafCommands(newswireProgram(capturedIo().io));

  it('has the commands an operator needs', () => {
    expect(commands.map((c) => c.join(' '))).toEqual(
      expect.arrayContaining(['submit', 'status', 'show', 'parse', 'entities', 'dlq', 'dlq list', 'dlq replay', 'provision-roles', 'reprocess']),
    );
  });

  it.each(commands.map((c) => [c.join(' '), c]))('%s --help shows an example', async (_name, argv) => {
    const streams = capturedIo();
    expect(await runProgram(newswireProgram(streams.io), [...(argv as string[]), '--help'], streams.io)).toBe(0);
    expect(streams.out()).toMatch(/Examples?:\n {2}\$ .*newswire /);
  });

  it('answers an unknown command or option with a usage error (exit 2) that says what to do', async () => {
    for (const argv of [
      ['submitt'],
      ['status', '--colour'],
      ['submit', 'x', '--concurrency', '0'],
      ['reprocess', '--stage', 'parse'],
      ['reprocess', '--stage', 'publish', '--all'],
    ]) {
      const streams = capturedIo();
      expect(await runProgram(newswireProgram(streams.io), argv, streams.io)).toBe(2);
      expect(streams.err()).toMatch(/--help/);
    }
  });
});
