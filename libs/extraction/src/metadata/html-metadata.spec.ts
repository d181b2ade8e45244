import { buildDocument } from '../html/dom';
import { extractHtmlMetadata } from './html-metadata';

describe('extractHtmlMetadata date proposals', () => {
  it("proposes the day in the lead image's upload path, and nothing for an undated one", () => {
    const dated = buildDocument('<html><head><meta property="og:image" content="https://example.org/files/2016/05/04/report.png"></head><body></body></html>');
    expect(extractHtmlMetadata(dated, 'https://example.org/report/').dateProposals('month-first')).toContainEqual({ source: 'image-url', value: '2016-05-04' });
    const undated = buildDocument('<html><head><meta property="og:image" content="https://example.org/img/report.png"></head><body></body></html>');
    expect(
      extractHtmlMetadata(undated, 'https://example.org/report/')
        .dateProposals('month-first')
        .filter((p) => p.source === 'image-url' && p.value),
    ).toEqual([]);
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

  it("reads a byline's writers whose own byline classes also name furniture (a share hover card on each name)", () => {
    const meta = extractHtmlMetadata(
      buildDocument(
        '<html><body><h1>Headline</h1><p class="byline">By <a class="byline-author share-card" href="/journalists/1">Ann Lee</a>, <a class="byline-author share-card" href="/journalists/2">Bo Ray</a></p></body></html>',
      ),
      'https://example.org/story/',
    );
    expect(meta.authorProposals.find((p) => p.source === 'byline-element')?.value).toEqual(['Ann Lee', 'Bo Ray']);
  });

  it('leaves out link texts the address does not spell ("See all") and links in menus and footers', () => {
    const links = linksOf(
      '<nav><a href="/authors/ann-lee">Ann Lee</a></nav><p><a href="/author/ellyn-shook">See all</a></p><footer><a href="/author/bo-ray">Bo Ray</a></footer>' +
        '<div class="authorlinks"><a href="/author/alexia-tsotsis/">View Author Page</a></div>',
    );
    expect(links.flatMap((p) => p.value)).toEqual([]);
  });

  it('leaves out a person the story links to from a paragraph of running text (a topic page, not a byline)', () => {
    const links = linksOf(
      '<h1>Headline</h1><p>US President <a href="https://example.org/topics/people/donald-trump.html">Donald Trump</a> has been eager to withdraw, but the chairman of the Joint Chiefs of Staff told US media this month that forces are likely to remain.</p>',
    );
    expect(links.flatMap((p) => p.value)).toEqual([]);
    expect(linksOf('<p>By <a href="/people/jane-roe">Jane Roe</a>, Staff Writer | November 19, 2019</p>').flatMap((p) => p.value)).toContain('Jane Roe');
  });

  it("proposes the name on a link to the writer's page by number or query, apart from the links that spell it", () => {
    const idLinksOf = (body: string) =>
      extractHtmlMetadata(buildDocument(`<html><body>${body}</body></html>`), 'https://example.org/story/').authorProposals.filter(
        (p) => p.source === 'author-id-link',
      );
    expect(idLinksOf('<div class="author-info"><a href="/author-bio.asp?author_id=837">Kelly Sheridan</a></div>')).toEqual([
      { source: 'author-id-link', value: ['Kelly Sheridan'] },
    ]);
    expect(idLinksOf('<p><a href="/autor/4711">Jana Roe</a></p>')).toEqual([{ source: 'author-id-link', value: ['Jana Roe'] }]);
    // Spelled addresses are author-page links; menus and listing pages are no one's.
    expect(
      idLinksOf('<p><a href="/author/sam-stein">Sam Stein</a></p><nav><a href="/autor/12">Ann Lee</a></nav><p><a href="/authors/">All authors</a></p>'),
    ).toEqual([{ source: 'author-id-link', value: [] }]);
  });
});

describe('extractHtmlMetadata page state, attributes and more metas', () => {
  const metaOf = (head: string, body: string) =>
    extractHtmlMetadata(buildDocument(`<html><head>${head}</head><body>${body}</body></html>`), 'https://example.org/story/');
  const sources = (props: Array<{ source: string; value: unknown }>, prefix: string) => props.filter((p) => p.source.startsWith(prefix));

  it("proposes the dates and author of an inline script's page state, but not of external or template scripts", () => {
    const meta = metaOf(
      '<script src="/app.js"></script><script type="text/template">{"publishedAt":"2001-01-01"}</script>',
      '<script id="__NEXT_DATA__" type="application/json">{"article":{"publishedAt":"2021-03-04T08:00:00+01:00","updatedAt":"2021-03-06","author":{"name":"Jane Doe"}}}</script>',
    );
    expect(sources(meta.dateProposals('month-first'), 'script-')).toEqual([
      { source: 'script-published', value: '2021-03-04T08:00:00+01:00' },
      { source: 'script-modified', value: '2021-03-06' },
    ]);
    expect(sources(meta.authorProposals, 'script-')).toEqual([{ source: 'script-author', value: ['Jane Doe'] }]);
  });

  it('proposes datetime attributes of elements other than <time>, and metas a site names for publication', () => {
    const meta = metaOf(
      '<meta property="five_hundred_pixels:uploaded" content="2013-02-16T04:36:36-05:00"><meta name="article:published_time" value="12-15-2016">',
      '<relative-time datetime="2020-07-07T12:10:51Z">Jul 7</relative-time>',
    );
    expect(sources(meta.dateProposals('month-first'), 'datetime-attr')).toEqual([{ source: 'datetime-attr', value: '2020-07-07T12:10:51Z' }]);
    expect(sources(meta.dateProposals('month-first'), 'meta-other-published')).toEqual([
      { source: 'meta-other-published', value: '2013-02-16T04:36:36-05:00' },
    ]);
  });

  it('proposes every rel=author link together, and a microdata name given as an attribute', () => {
    const meta = metaOf(
      '',
      '<address><a rel="author" href="/profile/julia-wong">Julia Wong</a> and <a rel="author" href="/profile/sam-levin">Sam Levin</a></address>' +
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="name" content="Confreaks"></span>',
    );
    expect(sources(meta.authorProposals, 'rel-author')).toEqual([
      { source: 'rel-author', value: ['Julia Wong'] },
      { source: 'rel-authors', value: ['Julia Wong', 'Sam Levin'] },
    ]);
    expect(sources(meta.authorProposals, 'itemprop')).toEqual([{ source: 'itemprop', value: ['Confreaks'] }]);
  });
});

describe('extractHtmlMetadata comments, forms and sidebars', () => {
  const timesOf = (html: string) =>
    extractHtmlMetadata(buildDocument(html), 'https://example.org/story/')
      .dateProposals('month-first')
      .filter((p) => p.source.startsWith('time-'));

  it("proposes the story's <time> on a page wrapped in one form (ASP.NET), not a comment form's", () => {
    const wrapped = timesOf('<html><body><form id="aspnetForm"><h1>Headline</h1><time datetime="2019-05-06">6 May</time></form></body></html>');
    expect(wrapped).toEqual([{ source: 'time-first', value: '2019-05-06' }]);
    const comment = timesOf('<html><body><h1>Headline</h1><div><form class="reply"><time datetime="2019-05-07">7 May</time></form></div></body></html>');
    expect(comment).toEqual([]);
  });

  it("ignores the page's own classes (feature flags naming comments), but not a comment section's", () => {
    const flagged = timesOf(
      '<html><body class="f_comment_nofollow_on"><h1>Headline</h1><time datetime="2013-09-11T10:00:00-04:00">9/11/13</time></body></html>',
    );
    expect(flagged).toEqual([{ source: 'time-first', value: '2013-09-11T10:00:00-04:00' }]);
    const comments = timesOf('<html><body><h1>Headline</h1><div class="comments"><time datetime="2019-05-07">7 May</time></div></body></html>');
    expect(comments).toEqual([]);
  });

  it('reads an opinion piece\'s header named after its kind ("ArticleHeaderComment") as the story\'s, and a comment section below it as comments', () => {
    const html =
      '<html><body><div class="PageArticle_commentHeader"><article class="ArticleHeaderComment"><h1>Headline</h1>' +
      '<div class="PublishDate ArticleHeaderComment_publishDate"><time>29 January 2019</time></div></article></div>' +
      '<div class="PageArticle_comments"><time datetime="2019-01-30">30 Jan</time></div></body></html>';
    expect(timesOf(html)).toEqual([{ source: 'time-first', value: '2019-01-29' }]);
  });

  it("proposes no <time> of a sidebar's or menu's teaser, but the story header's", () => {
    const times = timesOf(
      '<html><body><aside><time datetime="2021-04-12">12 Apr</time></aside><nav><time datetime="2021-04-11">11 Apr</time></nav>' +
        '<article><header><h1>Headline</h1><time datetime="2017-07-09">9 Jul</time></header></article></body></html>',
    );
    expect(times).toEqual([{ source: 'time-first', value: '2017-07-09' }]);
  });
});

describe('extractHtmlMetadata author boxes and title classes', () => {
  const metaOf = (body: string) => extractHtmlMetadata(buildDocument(`<html><body>${body}</body></html>`), 'https://example.org/story/');
  const box = (body: string) => metaOf(body).authorProposals.find((p) => p.source === 'author-box')?.value;

  it('proposes the name line of an author box, not the link or biography beside it', () => {
    expect(
      box(
        '<div class="teaser-box author short"><div class="icon"><i></i></div><div class="text"><div class="title-small"> Johanna Kropfitsch </div>' +
          '<div class="moreinfo"><a href="/search?author=johanna">Alle Artikel</a></div></div></div>',
      ),
    ).toEqual(['Johanna Kropfitsch']);
    expect(
      box('<section class="about-author"><h4>About Jane Doe</h4><p>Jane Doe covers transport and city politics for the paper since 2012.</p></section>'),
    ).toEqual(['Jane Doe']);
  });

  it('proposes nothing from author boxes without a name line, or from avatars and links named for the author', () => {
    expect(box('<div class="author-bio"><p>Covers transport and city politics for the paper since 2012, before that at the radio.</p></div>')).toEqual([]);
    expect(box('<div class="author-avatar"><span>Jane Doe</span></div>')).toEqual([]);
  });

  it("proposes a heading classed as the entry's title at any level, but not one in a sidebar", () => {
    const meta = metaOf(
      '<aside class="sidebar"><h3 class="entry-title">Older post</h3></aside><div class="post"><h3 class="storytitle">Into the new year</h3></div>',
    );
    expect(meta.titleProposals.filter((p) => p.source.startsWith('title-class'))).toEqual([{ source: 'title-class-first', value: 'Into the new year' }]);
  });

  it('proposes the first block classed as a title where no heading is one, but not a widget title or a sidebar block', () => {
    const meta = metaOf(
      '<aside class="sidebar"><div class="title">Older post</div></aside><div class="widget-title">Most read</div>' +
        '<div class="title-text"><p><em>Davor und Danach</em></p></div><div class="title">Second block</div>',
    );
    expect(meta.titleProposals.filter((p) => p.source === 'title-class-block')).toEqual([{ source: 'title-class-block', value: 'Davor und Danach' }]);
  });
});
