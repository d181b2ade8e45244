import { html, SafeHtml } from '../html';
import { layout } from '../layout';
import { articleList, ArticleListItem } from './article-list';
import { entityTypeField } from './entity-type-field';

/** The search form's fields, as the query string carries them (all optional). */
export const SEARCH_FIELDS = ['q', 'entity', 'entityType', 'author', 'publisher', 'language', 'from', 'to', 'sort'] as const;
export type SearchForm = Partial<Record<(typeof SEARCH_FIELDS)[number], string>>;

export interface SearchView {
  form: SearchForm;
  /** null before anything is asked. */
  results: ArticleListItem[] | null;
  /** The query string of the next page, when there is one. */
  nextPage?: string | null;
  /** A filter the API rejected, said in its words. */
  error?: string | null;
}

/** Search with filters; every field is a labelled control, the results a list with highlighted snippets. */
export function searchPage(view: SearchView, signedIn: boolean): SafeHtml {
  const { form } = view;
  const field = (name: keyof SearchForm, label: string, type = 'text') =>
    html`<div class="field">
      <label for="search-${name}">${label}</label><input id="search-${name}" name="${name}" type="${type}" value="${form[name] ?? ''}" />
    </div>`;
  return layout(
    { title: form.q ? `Search: ${form.q}` : 'Search', signedIn, query: form.q },
    html`<h1>Search articles</h1>
      <form class="search-form" role="search" action="/web/search" method="get" aria-label="Search articles with filters">
        <div class="field field--wide">
          <label for="search-q">Words or phrase</label><input id="search-q" name="q" type="search" value="${form.q ?? ''}" aria-describedby="search-q-help" />
          <p id="search-q-help" class="help">Quote a phrase: "uranium enrichment"; exclude a word with -word; OR between alternatives.</p>
        </div>
        <fieldset>
          <legend>Filters</legend>
          ${field('entity', 'Entity (name, alias or id)')}
          ${entityTypeField({ id: 'search-entityType', name: 'entityType', label: 'Entity type' }, form.entityType)} ${field('author', 'Author')}
          ${field('publisher', 'Publisher')} ${field('language', 'Language (ISO code, e.g. en)')} ${field('from', 'Published from', 'date')}
          ${field('to', 'Published before', 'date')}
          <div class="field">
            <label for="search-sort">Sort by</label
            ><select id="search-sort" name="sort">
              <option value="">${form.q ? 'Relevance' : 'Date'} (default)</option>
              <option value="relevance" ${form.sort === 'relevance' ? html` selected` : ''}>Relevance</option>
              <option value="date" ${form.sort === 'date' ? html` selected` : ''}>Date, newest first</option>
            </select>
          </div>
        </fieldset>
        <button type="submit">Search</button>
      </form>
      ${view.error ? html`<p class="error" role="alert">${view.error}</p>` : ''}
      ${
        view.results === null
          ? ''
          : html`<section aria-labelledby="results-heading">
              <h2 id="results-heading">${view.results.length === 0 ? 'No articles found' : 'Results'}</h2>
              ${articleList(view.results, { id: 'search-results', label: 'Search results' })}
              ${view.nextPage ? html`<p><a href="/web/search?${view.nextPage}" rel="next">More results</a></p>` : ''}
            </section>`
      }`,
  );
}
