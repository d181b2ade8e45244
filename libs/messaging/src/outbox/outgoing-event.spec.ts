import { EventEnvelope, stageEventId } from '@newswire/contracts';
import { outgoingEvent } from './outgoing-event';

const origin = { articleId: '6f1c1a52-3f0e-5b7a-9a57-0c6f2f0b7e11', correlationId: 'c-1', submittedAt: '2026-12-01T10:00:00.000Z' };
const payload = { title: 'T', url: null, publishedAt: null, entityIds: [] };
const envelopeOf = (body: Buffer) => JSON.parse(body.toString('utf8')) as EventEnvelope;

describe('outgoingEvent', () => {
  it('writes a first-run event exactly as before revisions existed: no revision field, the id of (type, article)', () => {
    const row = outgoingEvent('article.published', payload, { ...origin, revision: 0 });
    expect(row.id).toBe(stageEventId('article.published', origin.articleId));
    expect(Object.keys(envelopeOf(row.body))).not.toContain('revision');
  });

  it('gives a reprocess revision its own id and carries the revision in the envelope', () => {
    const row = outgoingEvent('article.published', payload, { ...origin, revision: 1_764_650_000_000 });
    expect(row.id).toBe(stageEventId('article.published', origin.articleId, 1_764_650_000_000));
    expect(envelopeOf(row.body)).toMatchObject({ id: row.id, revision: 1_764_650_000_000, articleId: origin.articleId, submittedAt: origin.submittedAt });
  });

  it('refuses a payload outside the contract before it reaches the outbox', () => {
    expect(() => outgoingEvent('article.published', { ...payload, entityIds: 'x' } as never, { ...origin, revision: 0 })).toThrow(/entityIds/);
  });
});
