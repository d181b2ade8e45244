import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { parseArticle, ArticleParseError } from './index';

const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');

function expectParseError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ArticleParseError);
    expect((err as ArticleParseError).code).toBe(code);
    expect((err as Error).message.length).toBeGreaterThan(10);
    return;
  }
  throw new Error(`expected ArticleParseError ${code}`);
}

const ARTICLE_HTML = `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Council approves new bridge | Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="/news/2021/03/04/bridge">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves new bridge","datePublished":"2021-03-04T09:30:00Z","author":{"@type":"Person","name":"Jane Roe"}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Council approves new bridge</h1>
<p class="byline">By Jane Roe</p>
<p>The city council voted on Tuesday to approve the construction of a new bridge across the river, ending a debate that has lasted for more than a decade.</p>
<p>Supporters say the bridge will cut commuting times in half for thousands of residents &amp; bring new business to the eastern districts.</p>
<h2>What happens next</h2>
<p>Construction is expected to begin next spring, and the council said the work should take about three years to complete.</p>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about roads and traffic in the city</a></li></ul></aside>
<footer>© 2021 Riverside Gazette. All rights reserved.</footer>
</body></html>`;

describe('parseArticle', () => {
  it('reproduces the sample gold exactly from the text dump', () => {
    const gold = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'korea-herald-nk-talks.gold.json'), 'utf8')).parse;
    const text = fs.readFileSync(path.join(SAMPLES, 'korea-herald-nk-talks.txt'), 'utf8');
    const a = parseArticle({ text });
    expect(a.title).toBe(gold.title);
    expect(a.subtitle).toBe(gold.subtitle);
    expect(a.authors).toEqual(gold.authors);
    expect(a.publisher).toBe(gold.publisher);
    expect(a.paragraphs).toEqual(gold.bodyParagraphs);
    expect(a.boilerplate).toEqual(gold.boilerplate);
    expect(a.body).toBe(gold.bodyParagraphs.join('\n\n'));
    expect(a.language).toBe('en');
    expect(a.wordCount).toBeGreaterThan(600);
  });

  it("reads a text dump's numeric date line in the order of the dump's language", () => {
    const dump = (headline: string, paragraphs: string[]) => [headline, '04/05/2020', ...paragraphs].join('\n\n');
    const french = dump('Le tramway prolongé jusqu’au nord', [
      'Le conseil municipal a voté mardi la prolongation de la ligne de tramway vers les quartiers du nord, mettant fin à un différend qui bloquait le projet depuis des années.',
      'Les habitants ont salué la décision, même si plusieurs commerçants craignent les travaux et la fermeture de la rue pendant deux ans.',
      'Les travaux doivent commencer au printemps prochain et durer environ trois ans, selon la mairie, qui promet des navettes de remplacement.',
    ]);
    const english = dump('Tram line extended to the north', [
      'The council voted on Tuesday to extend the tram line to the northern districts, ending a dispute that had stalled the project for years.',
      'Residents welcomed the decision, although several shop owners fear the works and the closure of the street for two years.',
      'Construction is expected to begin next spring and to take about three years, the city said, promising replacement buses.',
    ]);
    expect(parseArticle({ text: french })).toMatchObject({ language: 'fr', publishedAt: '2020-05-04' });
    expect(parseArticle({ text: english })).toMatchObject({ language: 'en', publishedAt: '2020-04-05' });
  });

  it("starts a German text dump's body with its lead (the deck above the story), as for HTML pages; not an English one's", () => {
    const german = [
      'Straßenbahn fährt bald bis in den Norden',
      'Der Stadtrat beschließt die Verlängerung der Linie – Bauarbeiten ab dem Frühjahr',
      'Der Stadtrat hat am Dienstag die Verlängerung der Straßenbahnlinie in die nördlichen Stadtteile beschlossen und damit einen jahrelangen Streit beendet.',
      'Die Anwohner begrüßten die Entscheidung, auch wenn mehrere Geschäftsleute die Bauarbeiten und die Sperrung der Straße für zwei Jahre fürchten.',
      'Die Arbeiten sollen im kommenden Frühjahr beginnen und etwa drei Jahre dauern, teilte die Stadt mit, die Ersatzbusse verspricht.',
    ].join('\n\n');
    const a = parseArticle({ text: german });
    expect(a).toMatchObject({ language: 'de', title: 'Straßenbahn fährt bald bis in den Norden' });
    expect(a.subtitle).toMatch(/^Der Stadtrat beschließt/);
    expect(a.paragraphs[0]).toBe(a.subtitle);
    expect(a.paragraphs).toHaveLength(4);
    const english = [
      'Tram line extended to the north',
      'The council approves the extension of the line – works from the spring',
      'The council voted on Tuesday to extend the tram line to the northern districts, ending a dispute that had stalled the project for years.',
      'Residents welcomed the decision, although several shop owners fear the works and the closure of the street for two years.',
      'Construction is expected to begin next spring and to take about three years, the city said, promising replacement buses.',
    ].join('\n\n');
    const e = parseArticle({ text: english });
    expect(e.subtitle).toMatch(/^The council approves/);
    expect(e.paragraphs).toHaveLength(3);
  });

  it('extracts story, metadata and no furniture from an HTML page', () => {
    const a = parseArticle({ html: ARTICLE_HTML, url: 'https://gazette.example/news/2021/03/04/bridge?utm=x' });
    expect(a.title).toBe('Council approves new bridge');
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.publisher).toBe('Riverside Gazette');
    expect(a.publishedAt).toBe('2021-03-04T09:30:00Z');
    expect(a.language).toBe('en');
    expect(a.canonicalUrl).toBe('https://gazette.example/news/2021/03/04/bridge');
    expect(a.paragraphs).toEqual([
      'The city council voted on Tuesday to approve the construction of a new bridge across the river, ending a debate that has lasted for more than a decade.',
      'Supporters say the bridge will cut commuting times in half for thousands of residents & bring new business to the eastern districts.',
      'What happens next',
      'Construction is expected to begin next spring, and the council said the work should take about three years to complete.',
    ]);
    expect(a.body).not.toMatch(/Share on Facebook|Related|Home|All rights reserved|</);
    expect(a.boilerplate).toEqual(expect.arrayContaining(['Share on Facebook Tweet']));
  });

  it("takes the story from JSON-LD's articleBody when the markup prints little of it (a page rendered from script data)", () => {
    const story = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the story says what the council decided about the bridge and why.`);
    const page = (articleBody: string) =>
      ARTICLE_HTML.replace('"author":', `"articleBody":${JSON.stringify(articleBody)},"author":`).replace(
        /<article>[\s\S]*<\/article>/,
        '<article><h1>Council approves new bridge</h1><figure><figcaption>The river at dawn. Photo: Jane Roe</figcaption></figure></article>',
      );
    expect(parseArticle({ html: page(story.join('\n\n')) }).paragraphs).toEqual(story);
    // Too short to be the story: the printed text stays.
    expect(parseArticle({ html: page(story.slice(0, 2).join('\n\n')) }).paragraphs).not.toEqual(story.slice(0, 2));
    // The markup printing the story (here half of articleBody's words or more) keeps its own paragraphs.
    const printed = parseArticle({ html: ARTICLE_HTML.replace('"author":', `"articleBody":${JSON.stringify(story.slice(0, 5).join(' '))},"author":`) });
    expect(printed.paragraphs[0]).toMatch(/^The city council voted on Tuesday/);
  });

  it('takes the description as the body of a page that prints no story (a video page)', () => {
    const description = 'The council explains in this video why the new bridge across the river was approved and when the construction work is going to begin.';
    const page = (body: string) =>
      ARTICLE_HTML.replace('<meta name="author"', `<meta property="og:description" content="${description}"><meta name="author"`).replace(
        /<article>[\s\S]*<\/article>/,
        `<article><h1>Council approves new bridge</h1><div class="player">${body}</div></article>`,
      );
    expect(parseArticle({ html: page('<p>Please enable JavaScript to watch this video.</p>') }).paragraphs).toEqual([description]);
    // A page that prints a story keeps it.
    const story = Array.from(
      { length: 4 },
      (_, i) => `<p>Paragraph ${i + 1} of the story says what the council decided about the bridge and why it matters.</p>`,
    );
    expect(parseArticle({ html: page(story.join('')) }).paragraphs[0]).toMatch(/^Paragraph 1 of the story/);
  });

  it('keeps a submitted title and body but cleans and normalises them', () => {
    const a = parseArticle({ title: '  Caf\u0065\u0301 &amp; <b>bar</b> ', body: '<p>First “quoted” paragraph.</p>\n\n<p>Second&nbsp;one   here.</p>' });
    expect(a.title).toBe('Café & bar');
    expect(a.title!.normalize('NFC')).toBe(a.title);
    expect(a.paragraphs).toEqual(['First “quoted” paragraph.', 'Second one here.']);
    expect(a.body).toBe('First “quoted” paragraph.\n\nSecond one here.');
  });

  it('decodes non-UTF-8 bytes by the declared charset', () => {
    const html =
      '<html><head><meta charset="iso-8859-1"><title>Grüße aus Köln</title></head><body><p>Die Straßenbahn fährt über die Brücke, und die Fahrgäste schauen auf den Dom. Es ist ein schöner Tag in Köln.</p></body></html>';
    const a = parseArticle({ bytes: iconv.encode(html, 'latin1') });
    expect(a.title).toBe('Grüße aus Köln');
    expect(a.paragraphs[0]).toContain('Straßenbahn fährt über die Brücke');
    expect(a.language).toBe('de');
  });

  it('reads markup given as UTF-8 bytes exactly as the same markup given as text', () => {
    // Multi-byte characters straddle the parser's 16 KB pieces, and a byte-order mark leads.
    const filler = Array.from({ length: 800 }, (_, i) => `<p>Absatz ${i}: Grüße aus Köln, 평양 und Zürich — “zitiert” ${'ä'.repeat(i % 7)}.</p>`).join('');
    const html = `\ufeff<html lang="de"><head><title>Straßenbahn über die Brücke</title></head><body><article>${filler}</article></body></html>`;
    const bytes = Buffer.from(html);
    const boundaries = [1, 2, 3, 4].map((k) => k * 16384).filter((at) => at < bytes.length);
    expect(boundaries.some((at) => (bytes[at] & 0xc0) === 0x80)).toBe(true); // a boundary inside a character
    expect(parseArticle({ html: bytes })).toEqual(parseArticle({ html }));
    expect(parseArticle({ html: new Uint8Array(bytes) })).toEqual(parseArticle({ html }));
  });

  it('checks markup given as bytes as it checks text: empty, binary, mostly undecodable, not UTF-8, too large', () => {
    expectParseError(() => parseArticle({ html: Buffer.from(' \n\u00a0 ') }), 'EMPTY');
    expectParseError(() => parseArticle({ html: Buffer.from('abc\u0000\u0001\u0002def') }), 'BINARY');
    expectParseError(() => parseArticle({ html: Buffer.from('<p>' + '\ufffd'.repeat(500) + ' abc</p>') }), 'UNDECODABLE');
    expectParseError(() => parseArticle({ html: Buffer.from('<p>Café</p>', 'latin1') }), 'UNDECODABLE');
    expectParseError(() => parseArticle({ html: Buffer.alloc(2000, 0x61) }, { maxBytes: 1000 }), 'TOO_LARGE');
  });

  it('rejects empty input with EMPTY', () => {
    expectParseError(() => parseArticle({}), 'EMPTY');
    expectParseError(() => parseArticle({ html: '   \n ' }), 'EMPTY');
    expectParseError(() => parseArticle({ bytes: Buffer.alloc(0) }), 'EMPTY');
  });

  it('rejects binary content with BINARY', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expectParseError(() => parseArticle({ bytes: png }), 'BINARY');
    expectParseError(() => parseArticle({ html: 'abc\u0000\u0001\u0002def' }), 'BINARY');
  });

  it('caps enormous input with TOO_LARGE, configurable', () => {
    const big = '<p>' + 'word '.repeat(1_100_000) + '</p>';
    expectParseError(() => parseArticle({ html: big }), 'TOO_LARGE');
    expectParseError(() => parseArticle({ text: 'x'.repeat(2000) }, { maxBytes: 1000 }), 'TOO_LARGE');
    expectParseError(() => parseArticle({ bytes: Buffer.alloc(2000, 0x61) }, { maxBytes: 1000 }), 'TOO_LARGE');
  });

  it('rejects text that is mostly replacement characters with UNDECODABLE', () => {
    expectParseError(() => parseArticle({ text: '\ufffd'.repeat(500) + ' abc' }), 'UNDECODABLE');
  });

  it('survives 100,000-deep nesting', () => {
    const html =
      '<div>'.repeat(100_000) +
      '<p>Deep inside the nesting there is still a paragraph of real text that should come out of the parser intact.</p>' +
      '</div>'.repeat(100_000);
    const a = parseArticle({ html });
    expect(a.body).toContain('Deep inside the nesting');
  });

  it('survives hostile nesting and mismatched tags (a result or a clear error, never a hang)', () => {
    expectParseError(() => parseArticle({ html: '<div>'.repeat(1_000_000) }), 'NO_CONTENT');
    const story = '<p>The story text survives the broken markup around it, all of it, to the end.</p>';
    for (const html of [
      '<b>'.repeat(200_000) + story + '</i>'.repeat(200_000),
      '<table><tr><td>'.repeat(100_000) + story,
      '<span><b>'.repeat(50_000) + story + '</span>'.repeat(100_000),
      '<svg>' + '<g>'.repeat(100_000) + '</svg>' + story,
    ]) {
      expect(parseArticle({ html }).body).toContain('The story text survives the broken markup');
    }
  });

  it('survives malformed markup', () => {
    const html =
      '<html><body><div><p>Unclosed paragraph with enough words to count as prose in the article body here.<p>Another <b><i>badly</b></i> nested paragraph that also has plenty of words in it.</div></span></td><table><tr><td>cell</div><!-- unterminated comment';
    const a = parseArticle({ html });
    expect(a.paragraphs[0]).toBe('Unclosed paragraph with enough words to count as prose in the article body here.');
    expect(a.paragraphs[1]).toBe('Another badly nested paragraph that also has plenty of words in it.');
  });

  it('rejects a page with neither title nor text with NO_CONTENT', () => {
    expectParseError(() => parseArticle({ html: '<html><body><img src="a.png"><script>var x = 1;</script></body></html>' }), 'NO_CONTENT');
  });
});
