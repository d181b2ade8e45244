import { createHash } from 'crypto';

/**
 * A name-based UUID (RFC 4122 version 5 layout over SHA-1). Ids derived from content make
 * every stage idempotent end to end: reprocessing an article re-derives the same ids, which
 * inboxes and unique keys then recognise.
 */
export function nameBasedUuid(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Id of the one event of a type that a stage emits for an article at a revision. Revision 0 (first
 * processing) keeps the id events always had; a reprocess revision gets its own id, so inboxes still
 * drop redeliveries of each revision but let a new one through.
 */
export function stageEventId(type: string, articleId: string, revision = 0): string {
  return revision === 0 ? nameBasedUuid('event', type, articleId) : nameBasedUuid('event', type, articleId, `revision:${revision}`);
}
