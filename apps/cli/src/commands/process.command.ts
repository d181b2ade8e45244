import { readFile } from 'fs/promises';
import { Command, Option } from 'commander';
import { sniffContentType } from '@newswire/contracts';
import { parseArticle } from '@newswire/extraction';
import { extractEntities } from '@newswire/nlp';
import { CliFailure, CliIo, writeTo } from '../cli-io';
import { runs, withExamples } from '../cli-program';

/**
 * `newswire process <file>`: parse and extract in this process, with neither broker nor
 * database, and print what the pipeline would publish.
 */
export function registerProcessCommand(program: Command, io: CliIo): void {
  const command: Command = program
    .command('process')
    .summary('parse and extract in-process (no broker, no database)')
    .description('Prints what the pipeline would publish for a page or a text dump, computed in this process.')
    .argument('<file>', 'an HTML page or a text dump')
    .addOption(new Option('--format <format>', 'how to read the file (default: sniffed)').choices(['html', 'text']))
    .option('--url <url>', 'the page URL');
  withExamples(command, 'newswire process ../shared/samples/korea-herald-nk-talks.txt');
  runs(command, async (file: string, options: { format?: 'html' | 'text'; url?: string }) => {
    const content = await readFile(file, 'utf8').catch((error: Error) => {
      throw new CliFailure(`cannot read ${file}: ${error.message}`, 'check the path');
    });
    const isHtml = options.format ? options.format === 'html' : sniffContentType(content) === 'text/html';
    const article = parseArticle({ ...(isHtml ? { html: content } : { text: content }), url: options.url });
    const entities = extractEntities(article.body, { title: article.title ?? undefined });
    await writeTo(io.stdout, `${JSON.stringify({ ...article, entities }, null, 2)}\n`);
    return 0;
  });
}
