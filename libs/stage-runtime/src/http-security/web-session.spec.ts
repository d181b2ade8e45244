import { WEB_SESSION_HOURS, WebSessions } from './web-session';

describe('WebSessions', () => {
  let now = 1_700_000_000_000;
  const sessions = new WebSessions(['first-key-0123456789', 'second-key-0123456789'], () => now);

  it('accepts a token issued for any configured key until it expires, and holds no key', () => {
    const { token, maxAgeMs } = sessions.issue('second-key-0123456789');
    expect(maxAgeMs).toBe(WEB_SESSION_HOURS * 3_600_000);
    expect(token).not.toContain('second-key');
    expect(sessions.verify(token)).toBe(true);
    now += maxAgeMs;
    expect(sessions.verify(token)).toBe(false);
  });

  it('rejects tokens signed with another key, edited, or malformed', () => {
    const foreign = new WebSessions(['other-key-0123456789'], () => now).issue('other-key-0123456789').token;
    expect(sessions.verify(foreign)).toBe(false);
    const { token } = sessions.issue('first-key-0123456789');
    const [expiry, signature] = token.split('.');
    expect(sessions.verify(`${Number(expiry) + 1000}.${signature}`)).toBe(false); // a later expiry needs a new signature
    for (const bad of [undefined, '', 'x', `${expiry}.`, `${expiry}.${signature}x`, `${expiry}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`]) {
      expect(sessions.verify(bad)).toBe(false);
    }
  });

  it('a key removed from the configuration ends its sessions', () => {
    const token = sessions.issue('first-key-0123456789').token;
    expect(new WebSessions(['second-key-0123456789'], () => now).verify(token)).toBe(false);
  });
});
