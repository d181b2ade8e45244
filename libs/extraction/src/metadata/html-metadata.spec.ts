import { buildDocument } from '../html/dom';
import { extractHtmlMetadata } from './html-metadata';

describe('extractHtmlMetadata date proposals', () => {
  it("proposes the day in the lead image's upload path, and nothing for an undated one", () => {
    const dated = buildDocument('<html><head><meta property="og:image" content="https://example.org/files/2016/05/04/report.png"></head><body></body></html>');
    expect(extractHtmlMetadata(dated, 'https://example.org/report/').dateProposals).toContainEqual({ source: 'image-url', value: '2016-05-04' });
    const undated = buildDocument('<html><head><meta property="og:image" content="https://example.org/img/report.png"></head><body></body></html>');
    expect(extractHtmlMetadata(undated, 'https://example.org/report/').dateProposals.filter((p) => p.source === 'image-url' && p.value)).toEqual([]);
  });
});

describe('extractHtmlMetadata author-page links', () => {
  const linksOf = (body: string) => {
    const meta = extractHtmlMetadata(buildDocument(`<html><body>${body}</body></html>`), 'https://example.org/story/');
    return meta.authorProposals.filter((p) => p.source.startsWith('author-page-link'));
  };

  it("proposes the name a link to the writer's page spells, first alone and all together", () => {
    const links = linksOf(
      '<h1>Headline</h1><p>By <a href="/author/sam-stein">Sam Stein</a> and <a href="https://example.org/about/editors/jürgen-roe/">Jürgen Roe</a></p>',
    );
    expect(links).toEqual([
      { source: 'author-page-link', value: ['Sam Stein'] },
      { source: 'author-page-links', value: ['Sam Stein', 'Jürgen Roe'] },
    ]);
  });

  it('leaves out link texts the address does not spell ("See all") and links in menus and footers', () => {
    const links = linksOf(
      '<nav><a href="/authors/ann-lee">Ann Lee</a></nav><p><a href="/author/ellyn-shook">See all</a></p><footer><a href="/author/bo-ray">Bo Ray</a></footer>',
    );
    expect(links.flatMap((p) => p.value)).toEqual([]);
  });
});
