import { ContractViolation, validateEnvelope } from './event-validation';
import { nameBasedUuid, stageEventId } from './deterministic-id';

const parsed = {
  url: null,
  canonicalUrl: null,
  title: 'T',
  subtitle: null,
  authors: [],
  publisher: null,
  publishedAt: null,
  language: 'en',
  paragraphs: ['p'],
  wordCount: 1,
};
const envelope = (over: Record<string, unknown> = {}) => ({
  id: 'm-1',
  type: 'article.parsed',
  version: 1,
  articleId: '2f1b7f3c-1d7e-5a55-9a4e-0c1f5e0f9d11',
  correlationId: 'c-1',
  occurredAt: new Date().toISOString(),
  payload: parsed,
  ...over,
});

describe('validateEnvelope', () => {
  it('accepts a well-formed event', () => {
    expect(validateEnvelope(envelope(), 'article.parsed').payload).toEqual(parsed);
  });

  it.each([
    ['an unknown type', { type: 'article.exploded' }, /unknown event type/],
    ['an unsupported version', { version: 7 }, /unsupported version 7/],
    ['a missing id', { id: undefined }, /id/],
    ['a payload of the wrong shape', { payload: { ...parsed, paragraphs: 'x' } }, /payload.paragraphs/],
    ['an unexpected field', { extra: 1 }, /extra/],
  ])('rejects %s', (_name, over, message) => {
    expect(() => validateEnvelope(envelope(over))).toThrow(ContractViolation);
    expect(() => validateEnvelope(envelope(over))).toThrow(message);
  });

  it('accepts a reprocess revision and keeps old messages (without one) valid', () => {
    expect(validateEnvelope(envelope({ revision: 1764650000000 })).revision).toBe(1764650000000);
    expect(validateEnvelope(envelope()).revision).toBeUndefined();
    expect(() => validateEnvelope(envelope({ revision: -1 }))).toThrow(/revision/);
    expect(() => validateEnvelope(envelope({ revision: 1.5 }))).toThrow(/revision/);
  });

  it('rejects an event of another type than the queue expects', () => {
    expect(() => validateEnvelope(envelope(), 'article.enriched')).toThrow(/expected article.enriched/);
  });
});

describe('article.enriched versions', () => {
  const entity = { id: 'e-1', type: 'LOCATION', name: 'Pyongyang', salience: 1, inTitle: false, mentions: [[0, 9]] };
  const enriched = (version: number, entities: unknown[]) => envelope({ type: 'article.enriched', version, payload: { article: parsed, entities } });

  it('reads a v1 event with v1 and v2 alike (v2 only adds optional fields)', () => {
    expect(validateEnvelope(enriched(1, [entity])).payload).toEqual({ article: parsed, entities: [entity] });
    expect(validateEnvelope(enriched(2, [entity])).payload).toEqual({ article: parsed, entities: [entity] });
  });

  it('carries per-mention types and the derivedFrom link in v2 only', () => {
    const v2 = {
      ...entity,
      mentions: [
        [0, 9, 'ORGANIZATION'],
        [20, 29],
      ],
    };
    const demonym = { ...entity, id: 'e-2', type: 'MISC', name: 'North Korean', derivedFrom: 'e-3' };
    expect(validateEnvelope(enriched(2, [v2, demonym])).payload).toEqual({ article: parsed, entities: [v2, demonym] });
    expect(() => validateEnvelope(enriched(1, [v2]))).toThrow(ContractViolation);
    expect(() => validateEnvelope(enriched(1, [demonym]))).toThrow(/derivedFrom/);
  });

  it('rejects an unknown mention type', () => {
    expect(() => validateEnvelope(enriched(2, [{ ...entity, mentions: [[0, 9, 'PLANET']] }]))).toThrow(/payload.entities.0.mentions.0/);
  });
});

describe('name-based ids', () => {
  it('are stable, distinct per input and shaped like a v5 UUID', () => {
    const id = stageEventId('article.parsed', 'a');
    expect(id).toBe(stageEventId('article.parsed', 'a'));
    expect(id).not.toBe(stageEventId('article.parsed', 'b'));
    expect(stageEventId('article.parsed', 'a', 0)).toBe(id); // revision 0: the id first runs always had
    expect(stageEventId('article.parsed', 'a', 5)).toBe(stageEventId('article.parsed', 'a', 5));
    expect(new Set([id, stageEventId('article.parsed', 'a', 5), stageEventId('article.parsed', 'a', 6)]).size).toBe(3);
    expect(nameBasedUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
