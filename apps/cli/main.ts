import 'reflect-metadata';
import { CliFailure, CliIo } from './src/cli-io';
import { runProgram } from './src/cli-program';
import { newswireProgram } from './src/newswire-program';

// A reader that closed the pipe early (`newswire entities --jsonl < big.jsonl | head`) has all it
// wants: stop quietly, as a command killed by SIGPIPE does, instead of crashing on the unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

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
