import { Body, Controller, ForbiddenException, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ServiceConfig } from '@newswire/config';
import { ApiKeyVerifier, SERVICE_CONFIG, WEB_SESSION_COOKIE, WebSessions } from '@newswire/stage-runtime';
import { loginPage } from './pages/login.page';
import { sendPage } from './respond';

/**
 * How a browser presents an API key: the sign-in form posts it once, and gets back an HttpOnly,
 * SameSite=Strict session cookie (WebSessions) that the API-key check accepts in place of the
 * header for every page, the stream, and the API.
 */
@Controller('web')
export class WebSessionController {
  private readonly keys: ApiKeyVerifier;
  private readonly sessions: WebSessions;

  constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig) {
    this.keys = new ApiKeyVerifier(config.apiKeys);
    this.sessions = new WebSessions(config.apiKeys);
  }

  @Get('login')
  form(@Query('next') next: unknown, @Res() response: Response): void {
    if (!this.keys.enabled) return response.redirect(303, localPath(next)); // no API_KEYS (loopback only): nothing to sign in to
    sendPage(response, loginPage({ next: localPath(next), failed: false }));
  }

  @Post('login')
  signIn(@Body() body: Record<string, unknown> | undefined, @Req() request: Request, @Res() response: Response): void {
    assertSameOrigin(request);
    const next = localPath(body?.next);
    const key = typeof body?.key === 'string' ? body.key.trim() : '';
    if (!this.keys.verify(key)) return sendPage(response, loginPage({ next, failed: true }), 401);
    const { token, maxAgeMs } = this.sessions.issue(key);
    response.cookie(WEB_SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/', maxAge: maxAgeMs });
    response.redirect(303, next);
  }

  @Post('logout')
  signOut(@Req() request: Request, @Res() response: Response): void {
    assertSameOrigin(request);
    response.clearCookie(WEB_SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/' });
    response.redirect(303, '/web/login');
  }
}

/** Where to go after signing in: a page of this site only (never another host: no open redirect). */
export function localPath(next: unknown): string {
  return typeof next === 'string' && /^\/web(?:[/?#]|$)/.test(next) ? next : '/web';
}

/**
 * A form posted from another site is refused. Browsers say where a request comes from in
 * Sec-Fetch-Site; older ones only in Origin, which is "null" under helmet's no-referrer policy.
 */
function assertSameOrigin(request: Request): void {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const crossSite = site !== undefined ? site !== 'same-origin' : origin !== undefined && origin !== 'null' && URL.parse(origin)?.host !== request.headers.host;
  if (crossSite) throw new ForbiddenException('cross-site form post');
}
