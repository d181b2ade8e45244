import { readFile } from 'fs/promises';
import { sniffContentType } from '@newswire/contracts';
import { parseArticle } from '@newswire/extraction';
import { extractEntities } from '@newswire/nlp';
import { CliIo, parseOptions, stringOption } from '../cli-io';

/**
 * `newswire process <file>`: parse and extract in this process, with neither broker nor
 * database, and print what the pipeline would publish.
 */
export async function runProcessCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseOptions(argv);
  if (positional.length !== 1) {
    io.stderr.write('usage: newswire process <file> [--format html|text] [--url URL]\n');
    return 2;
  }
  const content = await readFile(positional[0], 'utf8');
  const format = stringOption(options, 'format');
  const isHtml = format ? format === 'html' : sniffContentType(content) === 'text/html';
  const article = parseArticle({ ...(isHtml ? { html: content } : { text: content }), url: stringOption(options, 'url') });
  const entities = extractEntities(article.body, { title: article.title ?? undefined });
  io.stdout.write(`${JSON.stringify({ ...article, entities }, null, 2)}\n`);
  return 0;
}
