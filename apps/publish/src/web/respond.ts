import type { Response } from 'express';
import { SafeHtml } from './html';

/** Sends a rendered page: HTML, not cached (pages are behind the API key). */
export function sendPage(response: Response, page: SafeHtml, status = 200): void {
  response.status(status).type('html').set('Cache-Control', 'private, no-store').send(page.value);
}
