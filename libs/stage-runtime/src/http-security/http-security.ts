import { createHash } from 'crypto';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { ServiceConfig } from '@newswire/config';
import { ApiKeyVerifier, presentedKey } from './api-key';
import { RateLimiter } from './rate-limiter';

/** Paths open without a key or rate limit: orchestrators probe health, Prometheus scrapes metrics. */
const PUBLIC_PATHS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/**
 * The HTTP hardening every stage applies: security headers, JSON that escapes `<`, `>` and
 * `&` (article text shown from the API can never become markup), API keys, rate limiting.
 * Request body limits are set with the body parsers; Nest's error responses carry no stack.
 */
export function applyHttpSecurity(app: NestExpressApplication, config: ServiceConfig): void {
  const logger = new Logger('HttpSecurity');
  app.use(helmet());
  app.set('json escape', true);
  app.disable('x-powered-by');

  const keys = new ApiKeyVerifier(config.apiKeys);
  if (!keys.enabled) logger.warn(`no API_KEYS set: the HTTP API on ${config.httpHost} accepts unauthenticated requests (loopback only)`);
  const limiter = new RateLimiter(config.rateLimitPerMinute);

  app.use((request: Request, response: Response, next: NextFunction) => {
    if (PUBLIC_PATHS.has(request.path)) return next();
    const key = presentedKey(request.headers);
    if (keys.enabled && !keys.verify(key)) {
      response.status(401).set('WWW-Authenticate', 'Bearer').json({ statusCode: 401, message: 'a valid API key is required (Authorization: Bearer <key>)' });
      return;
    }
    const client = key ? `key:${createHash('sha256').update(key).digest('hex').slice(0, 16)}` : `ip:${request.ip}`;
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
