/**
 * The opaque paging cursor: the sort key and seq of the last article served (keyset paging: no
 * article is repeated or skipped however many arrive meanwhile) and the newest seq when the first
 * page was served (later articles stay out, so the result list does not shift under the reader).
 */
export interface PageCursor {
  sort: 'date' | 'relevance';
  /** The last article's date (ISO) or rank. */
  key: string | number;
  seq: number;
  maxSeq: number;
}

export class InvalidCursor extends Error {}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.seq, cursor.maxSeq])).toString('base64url');
}

export function decodeCursor(text: string): PageCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor('cursor is not one this API issued');
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw new InvalidCursor('cursor is not one this API issued');
  const [sort, key, seq, maxSeq] = parsed as unknown[];
  const isSeq = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  const validKey =
    sort === 'date' ? typeof key === 'string' && !Number.isNaN(Date.parse(key)) : sort === 'relevance' && typeof key === 'number' && Number.isFinite(key);
  if (!validKey || !isSeq(seq) || !isSeq(maxSeq)) throw new InvalidCursor('cursor is not one this API issued');
  return { sort: sort as PageCursor['sort'], key: key as string | number, seq, maxSeq };
}
