/** The streams a command reads and writes, so commands run the same in-process (tests, benchmarks) and from a shell. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Splits `--name value` / `--flag` options from positional arguments. */
export function parseOptions(argv: string[], flags: string[] = []): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) options[name] = inline;
    else if (flags.includes(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) options[name] = true;
    else options[name] = argv[++i];
  }
  return { positional, options };
}

export function stringOption(options: Record<string, string | true>, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}
