import type { PublishedDocument } from '../../documents/published-document';
import { dateTime, entityHref, externalHref, typeClass, typeLabel } from '../format';
import { highlightedBody } from '../highlight';
import { html, SafeHtml } from '../html';
import { layout } from '../layout';

/** One article: metadata, the body with its entities highlighted by type, and its entities with mention counts. */
export function articlePage(document: PublishedDocument, signedIn: boolean): SafeHtml {
  const title = document.title || 'Untitled article';
  const source = externalHref(document.canonicalUrl ?? document.url);
  const byType = new Map<string, PublishedDocument['entities']>();
  for (const entity of [...document.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))) {
    byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
  }
  return layout(
    { title, signedIn },
    html`<article class="article" data-article-id="${document.id}">
        <header>
          <h1>${title}</h1>
          ${document.subtitle ? html`<p class="subtitle">${document.subtitle}</p>` : ''}
          <p class="article-meta">
            ${document.authors.length ? html`By ${document.authors.join(', ')} · ` : ''}${document.publisher ? html`${document.publisher} · ` : ''}${dateTime(document.publishedAt ?? document.createdAt)}${source ? html` · <a href="${source}" rel="noopener noreferrer">Original</a>` : ''}${document.version > 1 ? html` · version ${String(document.version)}, updated ${dateTime(document.updatedAt)}` : ''}
          </p>
        </header>
        <div class="article-body">${highlightedBody(document.body, document.entities)}</div>
      </article>
      <aside class="entities" aria-labelledby="entities-heading">
        <h2 id="entities-heading">Entities in this article</h2>
        ${byType.size === 0 ? html`<p>No entities found.</p>` : ''}
        ${[...byType].map(
          ([type, entities]) =>
            html`<section aria-labelledby="entities-${type.toLowerCase()}">
              <h3 id="entities-${type.toLowerCase()}"><span class="swatch ${typeClass(type)}" aria-hidden="true"></span>${typeLabel(type)}</h3>
              <ul class="entity-list">
                ${entities.map((e) => html`<li><a href="${entityHref(e.id)}" class="${typeClass(type)}">${e.name}</a> <span class="count">${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}</span></li>`)}
              </ul>
            </section>`,
        )}
      </aside>`,
  );
}
