import { BadRequestException } from '@nestjs/common';
import { parseReprocessRequest } from './stored-input-reprocessor';

describe('parseReprocessRequest', () => {
  const now = 1_764_650_000_000;

  it('reads a first page (no revision) with the default page size, and a later page with its revision and cursor', () => {
    expect(parseReprocessRequest({ since: '2026-11-01T00:00:00.000Z' }, now)).toEqual({ since: '2026-11-01T00:00:00.000Z', limit: 50 });
    const later = { revision: now - 5000, after: '00000000-0000-4000-8000-000000000001', limit: 10 };
    expect(parseReprocessRequest(later, now)).toEqual(later);
  });

  it.each([
    ['a revision ahead of the clock', { revision: now + 120_000 }, /in the future/],
    ['an article id that is no UUID', { articleIds: ['42'] }, /articleIds\.0/],
    ['a page too large', { limit: 501 }, /limit/],
    ['an unknown field', { stage: 'parse' }, /stage/],
  ])('refuses %s with a 400 that names it', (_case, body, message) => {
    expect(() => parseReprocessRequest(body, now)).toThrow(BadRequestException);
    expect(() => parseReprocessRequest(body, now)).toThrow(message);
  });
});
