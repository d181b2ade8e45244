import { html, SafeHtml } from '../html';
import { layout } from '../layout';
import { articleList, ArticleListItem } from './article-list';

/** Latest articles; /web/assets/live.js adds each newly published one from the SSE stream without a reload. */
export function frontPage(latest: Array<ArticleListItem & { seq: number }>, signedIn: boolean): SafeHtml {
  // The stream starts after the newest article shown, so one published meanwhile is not missed.
  const shownUpTo = Math.max(0, ...latest.map((a) => a.seq));
  return layout(
    { title: 'Latest articles', scripts: ['/web/assets/live.js'], signedIn },
    html`<h1>Latest articles</h1>
      <p id="live-status" class="live-status" role="status" aria-live="polite" data-stream="/articles/stream?lastEventId=${shownUpTo}">
        Live updates start when the page has loaded.
      </p>
      ${latest.length === 0 ? html`<p id="no-articles">Nothing published yet. New articles appear here as they are published.</p>` : ''}
      ${articleList(latest, { id: 'latest-articles', label: 'Latest articles, newest first' })}`,
  );
}
