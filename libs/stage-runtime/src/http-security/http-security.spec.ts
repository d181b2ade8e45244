import { ApiKeyVerifier, presentedKey } from './api-key';
import { RateLimiter } from './rate-limiter';

describe('ApiKeyVerifier', () => {
  const verifier = new ApiKeyVerifier(['first-key-0123456789', 'second-key-0123456789']);

  it('accepts any configured key and nothing else', () => {
    expect(verifier.verify('first-key-0123456789')).toBe(true);
    expect(verifier.verify('second-key-0123456789')).toBe(true);
    expect(verifier.verify('first-key-012345678')).toBe(false);
    expect(verifier.verify('')).toBe(false);
    expect(verifier.verify(undefined)).toBe(false);
  });

  it('reads the key from a bearer token or X-API-Key', () => {
    expect(presentedKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedKey({ 'x-api-key': ' abc ' })).toBe('abc');
    expect(presentedKey({ authorization: 'Basic abc' })).toBeUndefined();
  });
});

describe('RateLimiter', () => {
  it('allows a burst up to the limit, then refills over time', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
    expect(limiter.take('b')).toBe(0); // clients are limited separately
    now += 1000; // one token a second
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
  });
});
