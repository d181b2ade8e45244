import type { PublishedDocument } from '../documents/published-document';
import { continuousMonths, monthlyBarChart } from './chart';
import { highlightedBody } from './highlight';
import { html } from './html';
import { articlePage } from './pages/article.page';
import { articleListItem } from './pages/article-list';
import { searchPage } from './pages/search.page';
import { localPath } from './web-session.controller';

/** The markup without the line breaks Prettier puts inside tags (`</a\n  >`): the same HTML. */
const compact = (markup: string) => markup.replace(/\s+>/g, '>');

const HOSTILE = `<script>alert("x")</script><img src=x onerror='y'>&amp;`;

describe('html', () => {
  it('escapes every interpolated string and keeps safe markup', () => {
    const inner = html`<b>${'a < b'}</b>`;
    expect(html`<p title="${'" onmouseover="x'}">${HOSTILE}${inner}${[1, null, undefined, false, 'z']}</p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&apos;y&apos;&gt;&amp;amp;<b>a &lt; b</b>1z</p>',
    );
  });
});

describe('highlightedBody', () => {
  const body = 'Kim Kye-gwan met Ban Ki-moon.\n\nIn Beijing, Kim <spoke>.';
  const entity = (id: string, type: string, name: string, spans: Array<[number, number]>) => ({
    id,
    type,
    name,
    mentions: spans.map(([start, end]) => ({ start, end })),
  });
  const entities = [
    entity('p-kim', 'PERSON', 'Kim Kye-gwan', [
      [0, 12],
      [43, 46],
    ]),
    entity('p-ban', 'PERSON', 'Ban Ki-moon', [[17, 28]]),
    entity('l-bei', 'LOCATION', 'Beijing', [[34, 41]]),
    // Overlaps Kim's first mention, and runs past the body: both left unmarked.
    entity('x', 'MISC', 'Kye', [
      [4, 7],
      [50, 80],
    ]),
  ];

  it('marks each mention at its offsets, by type, linked to its entity, paragraph by paragraph', () => {
    const out = compact(highlightedBody(body, entities).value);
    const paragraphs = out.match(/<p>.*?<\/p>/g) ?? [];
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toBe(
      '<p><a class="entity entity--person" href="/web/entities/p-kim" data-entity-type="PERSON"><mark>Kim Kye-gwan</mark><span class="visually-hidden"> (person)</span></a> met ' +
        '<a class="entity entity--person" href="/web/entities/p-ban" data-entity-type="PERSON"><mark>Ban Ki-moon</mark><span class="visually-hidden"> (person)</span></a>.</p>',
    );
    expect(paragraphs[1]).toContain('In <a class="entity entity--location" href="/web/entities/l-bei"');
    expect(paragraphs[1]).toContain('<mark>Kim</mark>');
    expect(paragraphs[1]).toContain(' &lt;spoke&gt;.</p>');
    expect(out).not.toContain('/web/entities/x');
  });

  it('keeps the whole text when nothing is marked', () => {
    expect(compact(highlightedBody('a\n\nb', []).value).match(/<p>.*?<\/p>/g)).toEqual(['<p>a</p>', '<p>b</p>']);
  });
});

describe('monthly chart', () => {
  it('fills the months without articles between the first and the last', () => {
    expect(
      continuousMonths([
        { month: '2011-12', count: 2 },
        { month: '2011-10', count: 1 },
        { month: '2012-01', count: 3 },
      ]),
    ).toEqual([
      { month: '2011-10', count: 1 },
      { month: '2011-11', count: 0 },
      { month: '2011-12', count: 2 },
      { month: '2012-01', count: 3 },
    ]);
  });

  it('draws one bar per month, tallest for the most, with a text alternative', () => {
    const svg = monthlyBarChart(
      [
        { month: '2011-08', count: 1 },
        { month: '2011-09', count: 4 },
      ],
      `Articles about <x>`,
    ).value;
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('height="140.0"'); // the busiest month fills the plot
    expect(svg).toContain('height="35.0"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('5 articles from 2011-08 to 2011-09');
    expect(svg).toContain('Articles about &lt;x&gt;');
  });
});

describe('pages', () => {
  const document: PublishedDocument = {
    id: '3f1d8a2e-0000-4000-8000-000000000001',
    url: 'javascript:alert(1)',
    canonicalUrl: null,
    title: HOSTILE,
    subtitle: null,
    authors: ['<b>Author</b>'],
    publisher: null,
    publishedAt: '2011-08-01T00:00:00.000Z',
    language: 'en',
    paragraphs: [HOSTILE],
    body: HOSTILE,
    wordCount: 3,
    entities: [{ id: 'e<1>', type: 'PERSON', name: '<i>Name</i>', salience: 1, inTitle: false, mentions: [{ start: 0, end: 8, text: '<script>' }] }],
    createdAt: '2011-08-01T00:00:00.000Z',
    version: 1,
    updatedAt: '2011-08-01T00:00:00.000Z',
  };

  it('renders hostile article text as text and never links a javascript: URL', () => {
    const page = articlePage(document, true).value;
    expect(page).not.toMatch(/<script>|<img|<b>|<i>|javascript:/);
    expect(page).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('<h1>&lt;script&gt;alert');
    expect(page).toContain('href="/web/entities/e%3C1%3E"');
    expect(page).toContain('<mark>&lt;script&gt;</mark>');
    expect(page).toContain('1 mention');
  });

  it('says which version an article is in once a reprocess run replaced it', () => {
    expect(articlePage(document, true).value).not.toMatch(/version/);
    const replaced = articlePage({ ...document, version: 2, updatedAt: '2026-12-02T03:00:00.000Z' }, true).value;
    expect(replaced).toMatch(/ · version 2, updated <time datetime="2026-12-02T03:00:00.000Z"/);
  });

  it('escapes list items, snippets and search values', () => {
    const item = articleListItem({ id: 'a"b', title: HOSTILE, date: 'nonsense', snippet: [{ text: '<u>', match: true }] }).value;
    expect(item).not.toMatch(/<script>|<img|<u>/);
    expect(item).toContain('<mark>&lt;u&gt;</mark>');
    const search = searchPage({ form: { q: '"><script>', entityType: 'PERSON' }, results: [] }, false).value;
    expect(search).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(search).toMatch(/<option value="PERSON"\s+selected>person<\/option>/);
    expect(search).toContain('No articles found');
  });
});

describe('localPath (after signing in)', () => {
  it('goes back to a page of the site, never elsewhere', () => {
    expect(localPath('/web/articles/1?x=2')).toBe('/web/articles/1?x=2');
    expect(localPath('/web')).toBe('/web');
    for (const outside of ['//evil.example/web', 'https://evil.example/web', '/webhook', '/\\evil', undefined, ['/web']])
      expect(localPath(outside)).toBe('/web');
  });
});
