import type { QueryRunner } from 'typeorm';
import { withoutAttachment } from '../transport/event-body';
import { AttachmentSource, restoreAttachments } from './outbox-attachments';
import { OutboxRow } from './outbox-store';

describe('outbox attachments (claim check within a stage)', () => {
  const runner = {} as QueryRunner;
  const head = (articleId: string) => Buffer.from(JSON.stringify({ id: `e-${articleId}`, type: 'article.ingested', articleId, payload: {} }));
  const row = (id: string, body: Buffer): OutboxRow => ({ id, routingKey: 'article.ingested', correlationId: 'c', body });
  const source = (texts: Record<string, string>): AttachmentSource => ({
    find: async (_runner, ids) => new Map(ids.filter((id) => id in texts).map((id) => [id, texts[id]])),
  });

  it('stores a body up to and including its NUL, and a plain JSON body whole', () => {
    const whole = Buffer.concat([head('a1'), Buffer.of(0), Buffer.from('<p>page</p>')]);
    expect(withoutAttachment(whole).equals(Buffer.concat([head('a1'), Buffer.of(0)]))).toBe(true);
    expect(withoutAttachment(head('a1')).equals(head('a1'))).toBe(true);
  });

  it('restores each detached body from the source, leaving whole bodies alone', async () => {
    const page = '<p>page – 평양</p>';
    const rows = [row('1', withoutAttachment(Buffer.concat([head('a1'), Buffer.of(0), Buffer.from(page)]))), row('2', head('a2'))];
    const restored = await restoreAttachments(runner, rows, source({ a1: page }));
    expect(restored[0].body.equals(Buffer.concat([head('a1'), Buffer.of(0), Buffer.from(page)]))).toBe(true);
    expect(restored[1]).toBe(rows[1]);
  });

  it('fails rather than publish an event whose text is missing', async () => {
    const rows = [row('1', Buffer.concat([head('gone'), Buffer.of(0)]))];
    await expect(restoreAttachments(runner, rows, source({}))).rejects.toThrow(/article gone is not in the stage's tables/);
  });
});
