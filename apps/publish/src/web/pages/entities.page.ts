import { entityHref, typeClass, typeLabel } from '../format';
import { html, SafeHtml } from '../html';
import { layout } from '../layout';
import { entityTypeField } from './entity-type-field';

export interface EntitiesView {
  type?: string;
  prefix?: string;
  entities: Array<{ id: string; name: string; type: string; articleCount: number }>;
  error?: string | null;
}

/** The most mentioned entities, narrowed by type and the start of the name. */
export function entitiesPage(view: EntitiesView, signedIn: boolean): SafeHtml {
  return layout(
    { title: 'Entities', signedIn },
    html`<h1>Entities</h1>
      <form class="search-form" action="/web/entities" method="get" aria-label="Filter entities">
        <fieldset>
          <legend>Filter</legend>
          <div class="field">
            <label for="entities-prefix">Name starts with</label><input id="entities-prefix" name="prefix" type="search" value="${view.prefix ?? ''}" />
          </div>
          ${entityTypeField({ id: 'entities-type', name: 'type', label: 'Type' }, view.type)}
        </fieldset>
        <button type="submit">Show</button>
      </form>
      ${view.error ? html`<p class="error" role="alert">${view.error}</p>` : ''}
      <h2>Most mentioned</h2>
      ${view.entities.length === 0 ? html`<p>No entities found.</p>` : ''}
      <ol class="entity-list" id="entities">
        ${view.entities.map(
          (e) =>
            html`<li>
              <a href="${entityHref(e.id)}" class="${typeClass(e.type)}">${e.name}</a>
              <span class="count">${typeLabel(e.type)}, ${e.articleCount} article${e.articleCount === 1 ? '' : 's'}</span>
            </li>`,
        )}
      </ol>`,
  );
}
