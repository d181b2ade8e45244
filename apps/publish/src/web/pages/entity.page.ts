import { monthlyBarChart } from '../chart';
import { entityHref, typeClass, typeLabel } from '../format';
import { html, SafeHtml } from '../html';
import { layout } from '../layout';
import { articleList, ArticleListItem } from './article-list';

/** What the entity page shows (the read API's EntityDetail has these fields). */
export interface EntityView {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  articleCount: number;
  coOccurring: Array<{ id: string; name: string; type: string; together: number }>;
  articlesByMonth: Array<{ month: string; count: number }>;
  articles: ArticleListItem[];
}

/** An entity: what it is, its articles over time (inline SVG), the entities it appears with, and its latest articles. */
export function entityPage(entity: EntityView, signedIn: boolean): SafeHtml {
  const otherSpellings = entity.aliases.filter((alias) => alias.toLowerCase() !== entity.name.toLowerCase());
  return layout(
    { title: entity.name, signedIn },
    html`<header class="entity-header" data-entity-id="${entity.id}">
        <h1><span class="swatch ${typeClass(entity.type)}" aria-hidden="true"></span>${entity.name}</h1>
        <p class="entity-facts">
          <span class="entity-type">${typeLabel(entity.type)}</span> ·
          ${count(entity.articleCount, 'article')}${otherSpellings.length ? html` · also written ${otherSpellings.join(', ')}` : ''}
        </p>
      </header>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Articles over time</h2>
        ${monthlyBarChart(entity.articlesByMonth, `Articles mentioning ${entity.name}, per month`)}
      </section>
      <section aria-labelledby="co-heading">
        <h2 id="co-heading">Appears with</h2>
        ${
          entity.coOccurring.length === 0
            ? html`<p>No other entities yet.</p>`
            : html`<ul class="entity-list" id="co-occurring">
                ${entity.coOccurring.map(
                  (e) =>
                    html`<li>
                      <a href="${entityHref(e.id)}" class="${typeClass(e.type)}">${e.name}</a>
                      <span class="count">${typeLabel(e.type)}, ${count(e.together, 'article')} together</span>
                    </li>`,
                )}
              </ul>`
        }
      </section>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">Latest articles</h2>
        ${articleList(entity.articles, { id: 'entity-articles', label: `Articles mentioning ${entity.name}` })}
        ${entity.articleCount > entity.articles.length ? html`<p><a href="/web/search?entity=${encodeURIComponent(entity.id)}">All ${entity.articleCount} articles</a></p>` : ''}
      </section>`,
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
