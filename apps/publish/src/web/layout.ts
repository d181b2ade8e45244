import { html, SafeHtml } from './html';

export interface LayoutOptions {
  title: string;
  /** The page's own client scripts (served from /web/assets; the CSP allows no inline script). */
  scripts?: string[];
  /** Show the sign-out button (a session cookie is in use). */
  signedIn?: boolean;
  /** The text already in the header's search box. */
  query?: string;
}

/** The page frame: landmarks (banner, navigation, search, main, contentinfo), a skip link, phone-width viewport. */
export function layout(options: LayoutOptions, content: SafeHtml): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · Newswire</title>
        <link rel="stylesheet" href="/web/assets/site.css" />
        ${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <a class="brand" href="/web">Newswire</a>
          <nav aria-label="Main">
            <ul>
              <li><a href="/web">Latest</a></li>
              <li><a href="/web/search">Search</a></li>
              <li><a href="/web/entities">Entities</a></li>
            </ul>
          </nav>
          <form class="quick-search" role="search" action="/web/search" method="get">
            <label for="quick-search-q" class="visually-hidden">Search articles</label>
            <input id="quick-search-q" name="q" type="search" value="${options.query ?? ''}" placeholder="Search articles" />
            <button type="submit">Search</button>
          </form>
          ${options.signedIn ? html`<form class="sign-out" action="/web/logout" method="post"><button type="submit">Sign out</button></form>` : ''}
        </header>
        <main id="main" tabindex="-1">${content}</main>
        <footer class="site-footer"><p>Newswire: articles parsed, entity-annotated and published by the pipeline.</p></footer>
      </body>
    </html> `;
}
