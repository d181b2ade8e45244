import * as path from 'path';
import { Readable } from 'stream';
import { WARCParser } from 'warcio';
import { decodeContent } from '@newswire/extraction';
import type { InputRecord } from './submission-inputs';

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Every HTML response record of a WARC file (plain or gzipped per record, as crawlers write them)
 * becomes a submission with its URL and fetch date. Other records (requests, metadata, images,
 * redirects) are not articles and are passed over silently; an HTML response that cannot be used
 * is rejected with the reason.
 */
export async function* warcSubmissions(stream: Readable, name: string, source: string | undefined): AsyncGenerator<InputRecord> {
  let index = 0;
  try {
    for await (const record of new WARCParser(stream)) {
      index++;
      if (!record.warcHeaders.protocol?.startsWith('WARC/')) {
        yield {
          origin: `${name}#${index}`,
          rejected: `not a WARC record (it starts "${record.warcHeaders.statusline.slice(0, 40)}"); is ${name} a WARC file?`,
        };
        return;
      }
      if (record.warcType !== 'response') continue;
      const headers = record.httpHeaders;
      const contentType = headers?.headers.get('content-type') ?? '';
      if (!HTML_TYPES.test(contentType)) continue;
      const url = record.warcTargetURI ?? undefined;
      const origin = `${name}#${index}${url ? ` ${url}` : ''}`;
      const status = Number(headers?.statusCode ?? 0);
      if (status < 200 || status >= 300) {
        // Error pages and redirects are HTML too, but not the article.
        await record.readFully(false);
        continue;
      }
      const payload = Buffer.from(await record.readFully(true));
      const content = decodeContent(payload, contentType);
      const fetchedAt = parseWarcDate(record.warcDate);
      yield {
        origin,
        submission: {
          // Decoded here, where the server's declared charset is still known.
          content,
          contentType: 'text/html',
          ...(url ? { url } : {}),
          ...(fetchedAt ? { fetchedAt } : {}),
          source: source ?? `warc:${path.basename(name)}`,
        },
      };
    }
    if (index === 0) yield { origin: name, rejected: `no WARC records in ${name}` };
  } catch (error) {
    yield { origin: `${name}#${index + 1}`, rejected: `unreadable WARC record (${(error as Error).message}); the rest of ${name} was not read` };
  }
}

function parseWarcDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
