import { createHmac, timingSafeEqual } from 'crypto';

export const WEB_SESSION_COOKIE = 'newswire_session';
export const WEB_SESSION_HOURS = 12;

/**
 * Browser sessions for the web view, without server state: after a valid API key is entered,
 * the cookie holds `<expiry ms>.<HMAC-SHA256 of the expiry keyed by that API key>`. The key itself
 * never goes back to the browser; any replica can check the cookie against its API_KEYS, and
 * removing a key from API_KEYS ends its sessions.
 */
export class WebSessions {
  constructor(
    private readonly keys: string[],
    private readonly now: () => number = Date.now,
  ) {}

  /** A session token for a key already verified; valid for WEB_SESSION_HOURS. */
  issue(key: string): { token: string; maxAgeMs: number } {
    const maxAgeMs = WEB_SESSION_HOURS * 3_600_000;
    const expiresAt = String(this.now() + maxAgeMs);
    return { token: `${expiresAt}.${sign(key, expiresAt)}`, maxAgeMs };
  }

  verify(token: string | undefined): boolean {
    const match = /^(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
    if (!match || Number(match[1]) <= this.now()) return false;
    const presented = Buffer.from(match[2], 'base64url');
    let matched = false;
    for (const key of this.keys) matched = timingSafeEqual(presented, Buffer.from(sign(key, match[1]), 'base64url')) || matched;
    return matched;
  }
}

function sign(key: string, expiresAt: string): string {
  return createHmac('sha256', key).update(`newswire-web-session:${expiresAt}`).digest('base64url');
}
