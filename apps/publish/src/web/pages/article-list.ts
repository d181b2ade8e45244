import { articleHref, dateTime } from '../format';
import { html, SafeHtml } from '../html';

/** What a list shows of an article (the read API's ArticleSummary / ArticleHit have these fields). */
export interface ArticleListItem {
  id: string;
  title: string | null;
  /** The article's own date, else when it was published here. */
  date: string;
  publisher?: string | null;
  /** Search only: passages of the body, the query's matches marked (plain text pieces). */
  snippet?: Array<{ text: string; match: boolean }>;
}

/** The one way an article appears in a list: front page, search results, an entity's articles (live.js builds the same markup). */
export function articleListItem(article: ArticleListItem): SafeHtml {
  return html`<li class="article-item" data-article-id="${article.id}">
    <a class="article-link" href="${articleHref(article.id)}">${article.title || 'Untitled article'}</a>
    <p class="article-meta">${article.publisher ? html`${article.publisher} · ` : ''}${dateTime(article.date)}</p>
    ${article.snippet?.length ? html`<p class="snippet">${article.snippet.map((piece) => (piece.match ? html`<mark>${piece.text}</mark>` : html`${piece.text}`))}</p>` : ''}
  </li>`;
}

export function articleList(articles: ArticleListItem[], attributes: { id: string; label: string }): SafeHtml {
  return html`<ol class="article-list" id="${attributes.id}" aria-label="${attributes.label}">
    ${articles.map(articleListItem)}
  </ol>`;
}
