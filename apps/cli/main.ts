import 'reflect-metadata';
import { CliFailure, CliIo } from './src/cli-io';
import { runProgram } from './src/cli-program';
import { newswireProgram } from './src/newswire-program';

const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
runProgram(newswireProgram(io), process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    const nextStep = error instanceof CliFailure ? error.nextStep : 'run the command with --help, or report this error with the command line';
    process.stderr.write(`newswire: ${error.message}\n  next: ${nextStep}\n`);
    process.exitCode = 1;
  },
);
