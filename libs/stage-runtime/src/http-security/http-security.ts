import { createHash } from 'crypto';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { ServiceConfig } from '@newswire/config';
import { parseCookie } from 'cookie';
import { ApiKeyVerifier, presentedKey } from './api-key';
import { RateLimiter } from './rate-limiter';
import { WEB_SESSION_COOKIE, WebSessions } from './web-session';

/** Paths open without a key or rate limit: orchestrators probe health, Prometheus scrapes metrics. */
const PUBLIC_PATHS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);
/** The web view's sign-in form and its stylesheet and scripts: open without a key, rate limited like the rest. */
const SIGN_IN_PATHS = /^\/web\/(?:login$|assets\/)/;
/** Pages a browser navigates to: without a key it is sent to the sign-in form rather than answered 401. */
const isPage = (request: Request) => request.method === 'GET' && (request.path === '/' || request.path === '/web' || request.path.startsWith('/web/'));

/**
 * The HTTP hardening every stage applies: security headers, JSON that escapes `<`, `>` and
 * `&` (article text shown from the API can never become markup), API keys (a header, or the web
 * view's session cookie, see web-session.ts), rate limiting.
 * Request body limits are set with the body parsers; Nest's error responses carry no stack.
 */
export function applyHttpSecurity(app: NestExpressApplication, config: ServiceConfig): void {
  const logger = new Logger('HttpSecurity');
  app.use(helmet());
  app.set('json escape', true);
  app.disable('x-powered-by');

  const keys = new ApiKeyVerifier(config.apiKeys);
  if (!keys.enabled) logger.warn(`no API_KEYS set: the HTTP API on ${config.httpHost} accepts unauthenticated requests (loopback only)`);
  const sessions = new WebSessions(config.apiKeys);
  const limiter = new RateLimiter(config.rateLimitPerMinute);

  app.use((request: Request, response: Response, next: NextFunction) => {
    if (PUBLIC_PATHS.has(request.path)) return next();
    const key = presentedKey(request.headers);
    const session = request.headers.cookie ? parseCookie(request.headers.cookie)[WEB_SESSION_COOKIE] : undefined;
    const byKey = keys.verify(key);
    const bySession = !byKey && sessions.verify(session);
    if (keys.enabled && !byKey && !bySession && !SIGN_IN_PATHS.test(request.path)) {
      if (isPage(request)) {
        response.redirect(303, `/web/login?next=${encodeURIComponent(request.originalUrl)}`);
        return;
      }
      response.status(401).set('WWW-Authenticate', 'Bearer').json({ statusCode: 401, message: 'a valid API key is required (Authorization: Bearer <key>)' });
      return;
    }
    // Only a verified credential gets its own bucket: made-up ones must not escape the per-address limit.
    const credential = byKey ? key : bySession ? session : undefined;
    const client = credential ? `key:${createHash('sha256').update(credential).digest('hex').slice(0, 16)}` : `ip:${request.ip}`;
    const waitMs = limiter.take(client);
    if (waitMs > 0) {
      response
        .status(429)
        .set('Retry-After', String(Math.ceil(waitMs / 1000)))
        .json({ statusCode: 429, message: 'rate limit exceeded' });
      return;
    }
    next();
  });
}
