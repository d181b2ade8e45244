import { parseArticle } from './index';

const PROSE =
  'The council voted on Tuesday to extend the tram line to the northern districts, ending a dispute that had ' +
  'stalled the project for years. Residents welcomed the decision, although several shop owners fear the works.';

/** A small news page: head markup, then what sits around the headline, then the story. */
function page(head: string, aroundHeadline: { before?: string; after?: string }, story = `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`): string {
  return `<!doctype html><html lang="en"><head><title>Tram line extended</title>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <main><article>${aroundHeadline.before ?? ''}<h1>Tram line extended</h1>${aroundHeadline.after ?? ''}
    <div class="story">${story}</div></article></main>
    <footer>© City Paper</footer></body></html>`;
}

const day = (iso: string | null) => iso?.slice(0, 10) ?? null;

/** The page's NewsArticle JSON-LD block, with the given fields besides its headline. */
function newsArticleLd(fields: Record<string, unknown>): string {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Tram line extended', ...fields };
  return `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
}

describe('publication date', () => {
  it('takes the declared date when the printed one agrees', () => {
    const html = page('<meta property="article:published_time" content="2021-03-04T10:00:00+01:00">', { after: '<div>4 March 2021</div>' });
    expect(parseArticle({ html }).publishedAt).toBe('2021-03-04T10:00:00+01:00');
  });

  it('prefers the printed date when a second declared date agrees with it', () => {
    const ld = newsArticleLd({ datePublished: '2021-03-01T08:00:00Z' });
    const html = page(`${ld}<meta property="article:published_time" content="2021-03-04T10:00:00Z">`, {
      after: '<div>4 March 2021</div>',
    });
    expect(day(parseArticle({ html }).publishedAt)).toBe('2021-03-04');
  });

  it('prefers the printed date over an unqualified "date" meta (published or modified: unknown)', () => {
    const html = page('<meta name="date" content="2021-03-09T14:00:00+01:00">', { before: '<div class="meta">04.03.2021 - 13:30</div>' });
    expect(day(parseArticle({ html }).publishedAt)).toBe('2021-03-04');
  });

  it('takes unqualified "date" metas that agree', () => {
    const two = page('<meta name="date" content="2020-02-03T09:03:10+00:00"><meta name="DCTERMS.date" content="2020-02-03T09:03:10+00:00">', {});
    expect(day(parseArticle({ html: two }).publishedAt)).toBe('2020-02-03');
  });

  it('keeps a qualified declaration over a printed date that nothing else supports', () => {
    const html = page('<meta property="article:published_time" content="2021-03-01T08:00:00+01:00">', { after: '<div>Updated 4 March 2021</div>' });
    expect(day(parseArticle({ html }).publishedAt)).toBe('2021-03-01');
  });

  it('reads a printed "04/05/2020" in the order of the page\'s language and region', () => {
    const printed = { after: '<div class="date">04/05/2020</div>' };
    expect(day(parseArticle({ html: page('', printed) }).publishedAt)).toBe('2020-04-05');
    const british = page('', printed).replace('lang="en"', 'lang="en-GB"');
    expect(day(parseArticle({ html: british }).publishedAt)).toBe('2020-05-04');
    const french =
      '<!doctype html><html lang="fr"><head><title>Le tramway prolongé</title></head><body><article><h1>Le tramway prolongé</h1>' +
      '<div class="date">Publié le 04/05/2020</div><div class="story">' +
      '<p>Le conseil municipal a voté mardi la prolongation de la ligne de tramway vers les quartiers du nord, mettant fin à un différend qui bloquait le projet depuis des années.</p>'.repeat(
        3,
      ) +
      '</div></article></body></html>';
    expect(day(parseArticle({ html: french }).publishedAt)).toBe('2020-05-04');
  });

  it('dates from a line of its own near the headline, not from an event date in the first paragraph', () => {
    const story = `<p>With the order that came into force on 15 January 2021 the rules changed. ${PROSE}</p><p>${PROSE}</p>`;
    const html = page('', { before: '<div>Transport</div><div>26 January 2021</div>' }, story);
    expect(parseArticle({ html }).publishedAt).toBe('2021-01-26');
  });

  it('finds the printed date beside a headline set in a lower heading level', () => {
    const html = `<html><head><title>Into the new year | Notes</title><meta property="og:type" content="article"></head><body>
      <div class="post"><h2>2019-01-01</h2><h3 class="storytitle">Into the new year</h3><div class="meta">Filed under: Diary</div>
      <div class="storycontent"><p>${PROSE}</p><p>${PROSE}</p></div></div></body></html>`;
    const parsed = parseArticle({ html });
    expect(parsed.title).toBe('Into the new year');
    expect(parsed.publishedAt).toBe('2019-01-01');
  });
});

describe('byline', () => {
  it('reads a credit label in one cell and the name in the next', () => {
    const html = page(
      '<meta property="og:type" content="article">',
      {},
      `<p>${PROSE}</p><p>${PROSE}</p><div class="info">Von:</div><div class="info">Jane Doe</div>`,
    );
    expect(parseArticle({ html }).authors).toEqual(['Jane Doe']);
  });

  it('reads an explicitly labelled credit anywhere in the story', () => {
    const story = `<p>${PROSE}</p><p>Author: Jane Doe, project lead in Tunis.</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;
    const html = page('<meta property="og:type" content="article">', {}, story);
    expect(parseArticle({ html }).authors).toEqual(['Jane Doe']);
  });

  it('takes a bare "von" only where it opens the line or follows a word for the piece', () => {
    const credit = (line: string) => parseArticle({ html: page('<meta property="og:type" content="article">', { after: `<p>${line}</p>` }) }).authors;
    expect(credit('Eine Kolumne von Nils Pickert')).toEqual(['Nils Pickert']);
    expect(credit('von Andreas Kürten')).toEqual(['Andreas Kürten']);
    expect(credit('Alle Tipps stammen von Karin Schmiing.')).toEqual([]);
    expect(credit('Ein Beitrag geteilt von Handball Dormagen')).toEqual([]);
    // A capitalised preposition after the name starts what follows it (the post's category).
    expect(credit('Von Henry Steinhau In Aktuell')).toEqual(['Henry Steinhau']);
  });

  it('leaves site menus out', () => {
    const html = page('<meta property="og:type" content="article">', { before: '<ul class="menu"><li class="menu-item">Author: Jane Doe</li></ul>' });
    expect(parseArticle({ html }).authors).toEqual([]);
  });

  it('does not credit the site when the site name carries the page title', () => {
    const head =
      '<meta property="og:type" content="article"><meta property="og:site_name" content="Tram line extended | City Paper"><meta name="author" content="City Paper">';
    const parsed = parseArticle({ html: page(head, { after: '<p class="byline">By Jane Doe</p>' }) });
    expect(parsed.publisher).toBe('City Paper');
    expect(parsed.authors).toEqual(['Jane Doe']);
  });

  it('credits the publisher where the page names it as the author and no person', () => {
    const head = '<meta property="og:type" content="article"><meta property="og:site_name" content="City Paper"><meta name="author" content="City Paper">';
    const parsed = parseArticle({ html: page(head, { after: '<div class="meta">4 March 2021</div>' }) });
    expect(parsed.publisher).toBe('City Paper');
    expect(parsed.authors).toEqual(['City Paper']);
  });
});

describe('author sources', () => {
  const article = '<meta property="og:type" content="article">';

  it('reads a BEM author element inside an info block', () => {
    const html = page(article, { after: '<div class="header-info"><div class="header-info__author">Jane Doe</div></div>' });
    expect(parseArticle({ html }).authors).toEqual(['Jane Doe']);
  });

  it('leaves the authors of reviews on the page out', () => {
    const html = page('', { after: '<div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Georg N.</span></div>' });
    expect(parseArticle({ html }).authors).toEqual([]);
  });

  it('reads "By" run together with the name', () => {
    const html = page(article, { after: '<div><span>By</span><span><a href="/team/jr-stone">J.R. Stone</a></span></div>' });
    expect(parseArticle({ html }).authors).toEqual(['J.R. Stone']);
  });

  it('takes the name signing off the last paragraph', () => {
    const story = `<p>${PROSE}</p><p>${PROSE}</p><p>The vote stays open. (Christian P. Stadtfeld) +++</p>`;
    expect(parseArticle({ html: page(article, {}, story) }).authors).toEqual(['Christian P. Stadtfeld']);
  });

  it('completes initials from the Creative Commons licensor', () => {
    const html = page(article, { after: '<div class="author">DT</div>' }).replace(
      '<footer>',
      '<footer><span>This blog</span> by <a href="https://blog.example/" rel="cc:attributionURL">Donald Townsend</a> is licensed under CC BY 3.0.',
    );
    expect(parseArticle({ html }).authors).toEqual(['Donald Townsend']);
  });

  it('prefers a byline in the text to an organisation credited in JSON-LD', () => {
    const ld = newsArticleLd({ author: { '@type': 'Organization', name: 'CP' } });
    const story = `<p>${PROSE}</p><p>${PROSE}</p><p>Von Cosima Künzel</p>`;
    expect(parseArticle({ html: page(ld, {}, story) }).authors).toEqual(['Cosima Künzel']);
  });

  it('follows the sources that agree, not a lone unprinted JSON-LD name', () => {
    const ld = newsArticleLd({ author: { '@type': 'Person', name: 'Kathleen Ditton' } });
    const head = `${ld}<meta name="author" content="Jessica Holly, Gail Levy">`;
    const story = `<p>${PROSE}</p><p>${PROSE}</p><p>Gail Levy contributed to this report.</p>`;
    const html = page(
      head,
      { after: '<div class="byline"><span class="author">Jessica Holly</span></div><a rel="author" href="/staff/jessica-holly">Jessica Holly</a>' },
      story,
    );
    const authors = parseArticle({ html }).authors;
    expect(authors).toContain('Jessica Holly');
    expect(authors).not.toContain('Kathleen Ditton');
  });

  it('credits names the page prints or its copyright notice names, and a printed byline over a declared name the page never shows', () => {
    const article = '<meta property="og:type" content="article">';
    expect(
      parseArticle({ html: page(`${article}<meta name="author" content="Jane Doe">`, { after: '<div class="meta">Text: JANE DOE</div>' }) }).authors,
    ).toEqual(['Jane Doe']);
    const owner = `${article}<meta name="author" content="Günter Pilger"><meta name="copyright" content="Günter Pilger, Essen">`;
    expect(parseArticle({ html: page(owner, {}) }).authors).toEqual(['Günter Pilger']);
    // A printed byline stands in for a declared name the page never shows.
    const ld = newsArticleLd({ author: { '@type': 'Person', name: 'Web Desk' } });
    expect(parseArticle({ html: page(ld, { after: '<div class="byline">By John Roe</div>' }) }).authors).toEqual(['John Roe']);
  });

  it('credits a news agency the story credits, whole ("dpa/lno", "FR mit dpa"), and a person\'s byline over it', () => {
    // A wire story is dated (an undated page's credits are its owner's).
    const dated = `${article}<meta property="article:published_time" content="2019-10-19T15:20:00+02:00">`;
    const dateline = `<p>Hamburg (dpa/lno) – ${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;
    expect(parseArticle({ html: page(dated, {}, dateline) }).authors).toEqual(['dpa/lno']);
    const signedOff = `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE} (FR mit dpa)</p>`;
    expect(parseArticle({ html: page(dated, {}, signedOff) }).authors).toEqual(['FR mit dpa']);
    // Agency codes declared as the author (and printed) are one credit, not two names.
    const ld = newsArticleLd({ author: { '@type': 'Person', name: 'det/dpa' }, datePublished: '2022-02-02T09:12:22+01:00' });
    expect(parseArticle({ html: page(ld, { after: '<div class="source">det/dpa</div>' }) }).authors).toEqual(['det/dpa']);
    // A wire story with a reporter's byline is the reporter's.
    const wire = `<p>BERLIN (Reuters) - ${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;
    expect(parseArticle({ html: page(dated, { after: '<div class="byline">By Jill Serjeant</div>' }, wire) }).authors).toEqual(['Jill Serjeant']);
  });

  it('credits the owner of an undated page whose copyright line names the declared author', () => {
    const owned = `<html><head><title>Sheep care</title><meta name="author" content="Jonathan Krase"></head><body><h1>Sheep care</h1><p>${PROSE}</p><p>${PROSE}</p><footer>© 2009-2012 Jonathan Krase. Imprint</footer></body></html>`;
    expect(parseArticle({ html: owned }).authors).toEqual(['Jonathan Krase']);
  });
});

describe('date elements', () => {
  it('reads a date from an element named for when the piece was authored', () => {
    const html = page(
      '',
      {},
      `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><div class="authored">10.11.2021</div>`,
    );
    expect(parseArticle({ html }).publishedAt).toBe('2021-11-10');
  });
});

describe('dates that are not the publication date', () => {
  it('skips a date near the headline that is later than the page was last changed (an event)', () => {
    const story = `<p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 statt.</p><p>${PROSE}</p><p>${PROSE}</p>`;
    const html = page('', {}, `${story}<div class="footer-info">Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</div>`);
    expect(parseArticle({ html }).publishedAt).toBe('2020-01-29');
  });

  it('skips a date deep in a caption near the headline', () => {
    const html = page('', { after: '<div class="imginline">Figure: snow depth validation against aerial images over Davos. Data of 09.03.2016</div>' });
    expect(parseArticle({ html }).publishedAt).toBeNull();
  });

  it('takes no date from the comments under the story', () => {
    const comments =
      '<ol class="comment-list"><li class="comment"><a href="#comment-1"><time datetime="2020-11-01T03:32:06+01:00">November 1, 2020</time></a><p>Great tips!</p><span data-date="02.11.2020"></span></li></ol>';
    const html = page('', {}, `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>${comments}`);
    expect(parseArticle({ html }).publishedAt).toBeNull();
  });

  it('gives a shop product page no publication date', () => {
    const html = page('<meta property="og:type" content="product"><meta property="article:published_time" content="2020-06-08T00:00:00">', {});
    expect(parseArticle({ html }).publishedAt).toBeNull();
  });
});

describe('last-changed date', () => {
  it('is the date of a page that prints no other', () => {
    const html = page('', {}, `<p>${PROSE}</p><p>${PROSE}</p><div><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div>`);
    expect(parseArticle({ html }).publishedAt).toBe('2022-01-14');
  });
});

describe('lead paragraph', () => {
  const DE =
    'Der Stadtrat hat am Dienstag beschlossen, die Straßenbahn in die nördlichen Stadtteile zu verlängern. Damit endet ein Streit, der das Vorhaben jahrelang blockiert hatte, und die Anwohner begrüßen die Entscheidung.';
  /** The lead between headline and story container, as news templates place it. */
  const withLead = (lang: string, leadText: string, para: string) => `<!doctype html><html lang="${lang}"><head><title>Tram</title></head><body>
    <nav><a href="/">Home</a></nav><header class="article-header"><h1>Tram line extended</h1><p class="lead">${leadText}</p></header>
    <div class="article-body"><p>${para}</p><p>${para}</p><p>${para}</p><p>${para}</p></div><footer>© City Paper</footer></body></html>`;

  it('opens the body of a German story (the Vorspann is its first paragraph) and is the subtitle too', () => {
    const leadText = 'Nach jahrelangem Streit wird die Straßenbahn verlängert. Die Anwohner sind erleichtert, die Händler fürchten die Baustelle.';
    const parsed = parseArticle({ html: withLead('de', leadText, DE) });
    expect(parsed.language).toBe('de');
    expect(parsed.subtitle).toBe(leadText);
    expect(parsed.paragraphs[0]).toBe(leadText);
    expect(parsed.paragraphs[1]).toBe(DE);
  });

  it('is found under a headline set as h3 on a page without an h1', () => {
    const leadText = 'Nach jahrelangem Streit wird die Straßenbahn verlängert. Die Anwohner sind erleichtert, die Händler fürchten die Baustelle.';
    const html = withLead('de', leadText, DE)
      .replace('<title>Tram</title>', '<title>Tram line extended</title>')
      .replace('<h1>Tram line extended</h1>', '<h3>Tram line extended</h3>');
    const parsed = parseArticle({ html });
    expect(parsed.title).toBe('Tram line extended');
    expect(parsed.paragraphs[0]).toBe(leadText);
  });

  it('is found under a headline that stands inside the story container, below its breadcrumb', () => {
    const leadText = 'Nach jahrelangem Streit wird die Straßenbahn verlängert. Die Anwohner sind erleichtert, die Händler fürchten die Baustelle.';
    const html = `<!doctype html><html lang="de"><head><title>Tram line extended</title></head><body>
      <article class="content"><ul class="breadcrumb"><li><a href="/">Start</a></li><li>Aktuelle Seite: <h1>Tram line extended</h1></li></ul>
      <header><h2>Tram line extended</h2><div class="content__intro">${leadText}</div></header><p>${DE}</p><p>${DE}</p><p>${DE}</p><p>${DE}</p></article><footer>© City Paper</footer></body></html>`;
    const parsed = parseArticle({ html });
    expect(parsed.subtitle).toBe(leadText);
    expect(parsed.paragraphs[0]).toBe(leadText);
    expect(parsed.paragraphs.filter((p) => p === leadText)).toHaveLength(1);
  });

  it('is found when it is one short sentence', () => {
    const leadText = 'Die Straßenbahn fährt bald bis in den Norden der Stadt.';
    const parsed = parseArticle({ html: withLead('de', leadText, DE) });
    expect(parsed.subtitle).toBe(leadText);
    expect(parsed.paragraphs[0]).toBe(leadText);
  });

  it('is found when a long paywall offer stands between the lead and the story', () => {
    const leadText = 'Nach jahrelangem Streit wird die Straßenbahn verlängert. Die Anwohner sind erleichtert, die Händler fürchten die Baustelle.';
    const offer = Array.from(
      { length: 4 },
      (_, i) =>
        `<div class="offer"><p>Paket ${i + 1}</p><ul><li>Jederzeit kündbar</li><li>Alle Inhalte</li><li>Preisvorteile</li></ul><div><a href="/abo">Jetzt testen</a></div></div>`,
    ).join('');
    const html = withLead('de', leadText, DE).replace('<div class="article-body">', `<div class="paywall">${offer}</div><div class="article-body">`);
    const parsed = parseArticle({ html });
    expect(parsed.subtitle).toBe(leadText);
    expect(parsed.paragraphs[0]).toBe(leadText);
  });

  it('stays out of the body of an English story (the deck stands apart)', () => {
    const deck = 'After years of dispute the tram line will be extended. Residents are relieved, shop owners fear the works.';
    const parsed = parseArticle({ html: withLead('en', deck, PROSE) });
    expect(parsed.subtitle).toBe(deck);
    expect(parsed.paragraphs[0]).toBe(PROSE);
  });
});
