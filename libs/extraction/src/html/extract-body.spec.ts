import { parseArticle } from '../parse-article';

const STORY = [
  'The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said in a statement.',
  'Fishing boats were the first to return, followed by the ferry to the islands, which resumes its normal timetable on Wednesday.',
  'The repairs cost less than expected, and the authority said the remaining work on the pier would wait until the spring.',
];

function page(inside: string[]): string {
  return `<html><head><title>Harbour reopens</title></head><body><nav><a href="/">Home</a></nav>
    <article><h1>Harbour reopens</h1><div class="story">${inside.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
}

describe('extractBody', () => {
  it('leaves out captions ending in their credit (in brackets, or after ©), credit lines and paragraphs that are only web addresses', () => {
    const a = parseArticle({
      html: page([
        STORY[0],
        'Fishing boats wait at the harbour entrance on Monday morning (Image: GETTY)',
        STORY[1],
        '© Jane Roe The ferry leaves for the islands.',
        'https://harbour.example/news/2021/reopening',
        'The harbour master at the reopening, with the mayor beside him. | © Port Authority/Jane Roe',
        STORY[2],
      ]),
    });
    expect(a.paragraphs).toEqual(STORY);
  });

  it('leaves out a comment thread longer than the story, in a region whose class names comments among other words', () => {
    const comments = Array.from(
      { length: 12 },
      (_, i) =>
        `<li class="member"><a class="author person" href="/u/${i}"><h4>Reader ${i}</h4></a><time datetime="2020-01-14T13:0${i % 10}:00+01:00">14. 01. 2020</time><div class="objlink"><p>I think the port authority should have repaired the sea wall years ago, and reader number ${i} says so again at length here.</p></div></li>`,
    ).join('');
    const html = `<html><head><title>Harbour reopens</title></head><body><div class="sect sect_article"><h1>Harbour reopens</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="sect sect_commentlinks style_commentlinks"><div class="secthead"><h2>Leserkommentare</h2></div><ul class="sectbody directory">${comments}</ul></div></body></html>`;
    expect(parseArticle({ html }).paragraphs).toEqual(STORY);
  });

  it('judges a paragraph of many glued web addresses word by word: addresses alone go, with other words it stays', () => {
    // A page cut inside a script prints its JSON as text: one word holding many addresses. A single pattern over
    // the paragraph took seconds on such a word followed by one without an address (exponential backtracking).
    const glued = Array.from({ length: 40 }, (_, i) => `"u${i}":"https://ads.example/${i}"`).join(',');
    const a = parseArticle({ html: page([STORY[0], glued, 'https://harbour.example/a https://harbour.example/b', STORY[1], `${glued} end`, STORY[2]]) });
    expect(a.paragraphs).toEqual([STORY[0], STORY[1], `${glued} end`, STORY[2]]);
  });

  it('keeps a sentence whose link is longer than its own words, but not a paragraph of links', () => {
    const linked =
      'The inquiry into the harbour master had been shelved in 2017 but was <a href="/news/1">re-opened earlier this year following the eviction from the embassy</a>.';
    const short = 'The port authority faces <a href="/news/4">a charge of breaching the planning rules on the pier</a>.';
    const links = 'Also: <a href="/news/2">Ferry fares to rise in the spring, says the operator</a> | <a href="/news/3">Pier works to resume after storms</a>.';
    const a = parseArticle({ html: page([STORY[0], linked, STORY[1], links, short, STORY[2]]) });
    expect(a.paragraphs).toEqual([
      STORY[0],
      'The inquiry into the harbour master had been shelved in 2017 but was re-opened earlier this year following the eviction from the embassy.',
      STORY[1],
      'The port authority faces a charge of breaching the planning rules on the pier.',
      STORY[2],
    ]);
  });

  it('keeps a linked sentence at the end of the story, where bylines and link lines are dropped', () => {
    const last = 'Last month, <a href="/news/5">a judge rejected the appeal against the harbour works</a>, which resume in February.';
    const a = parseArticle({ html: page([...STORY, last]) });
    expect(a.paragraphs).toEqual([...STORY, 'Last month, a judge rejected the appeal against the harbour works, which resume in February.']);
  });

  it('chooses a story told in linked sentences over a plain paragraph elsewhere on the page', () => {
    const linked = [
      'The council said on Monday that the harbour would reopen <a href="/a">after three weeks of repairs to the old sea wall</a> next week.',
      'Fishing boats were the first to return to the quay, <a href="/b">followed by the ferry to the islands</a> on Wednesday.',
      'The repairs cost less than expected, and <a href="/c">the remaining work on the pier will wait</a> until the spring.',
    ];
    const other = 'Visitors are welcome to explore the old lighthouse and the harbour museum.';
    const menu = ['News', 'Sport', 'Weather', 'Ferries', 'Tides', 'Events', 'Museum', 'Contact'].map(
      (w) => `<li><a href="/${w}">${w} and more from the harbour</a></li>`,
    );
    const html =
      `<html><head><title>Harbour reopens</title></head><body><ul>${menu.join('')}</ul><article><h1>Harbour reopens</h1>` +
      `<div class="story">${linked.map((p) => `<p>${p}</p>`).join('')}</div></article><div><p>${other}</p></div></body></html>`;
    expect(parseArticle({ html }).paragraphs).toEqual(linked.map((p) => p.replace(/<[^>]+>/g, '')));
  });

  it('prints a table row as one line, its cells in order, a value repeating the cell before it included', () => {
    const table =
      '<table><tr><th>Pos.</th><th>Driver</th><th>Points</th><th>Wins</th><th>Poles</th></tr>' +
      '<tr><td>6</td><td>Ryan Blaney</td><td>2339</td><td>1</td><td>1</td></tr>' +
      '<tr><td>7</td><td>Kyle Larson</td><td>2339</td><td>1</td><td>1</td></tr></table>';
    const html = page(STORY).replace(`<p>${STORY[2]}</p>`, `${table}<p>${STORY[2]}</p>`);
    expect(parseArticle({ html }).paragraphs).toEqual([
      STORY[0],
      STORY[1],
      'Pos. Driver Points Wins Poles',
      '6 Ryan Blaney 2339 1 1',
      '7 Kyle Larson 2339 1 1',
      STORY[2],
    ]);
  });

  it("leaves out the site's notices: an affiliate disclosure, the story's age, a newsletter's sign-up prompt and a reporter's sign-off", () => {
    const a = parseArticle({
      html: page([
        'Published February 24, 2020Last updated July 21, 2022This article is more than 2 years old.',
        'Disclosure: Harbour News may earn a commission from some of the products featured on this page.',
        STORY[0],
        STORY[1],
        'Get Tide Times, our weekly newsletter',
        'Want more from the port? Sign up for the Harbour Notes newsletter to get it in your inbox.',
        STORY[2],
        'Anna Harbour covers the port for Harbour News. Follow her on Twitter @annaharbour or email her at anna@harbour.example.',
      ]),
    });
    expect(a.paragraphs).toEqual(STORY);
  });

  it("leaves out an embed's consent placeholder, but not a story's sentences about privacy and platforms", () => {
    const placeholder =
      'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.';
    const story = 'Facebook and other tech companies often answer accusations of excessive data collection by arguing that users gave their consent to it.';
    const a = parseArticle({ html: page([STORY[0], placeholder, STORY[1], story, STORY[2]]) });
    expect(a.paragraphs).toEqual([STORY[0], STORY[1], story, STORY[2]]);
  });

  it("leaves out a promotion of the site's own channel on a platform, but not a story's mention of a channel", () => {
    const promotions = [
      '¡Mira lo que tiene nuestro canal de YouTube!',
      'Subscribe to our YouTube channel to stay tuned to the most meaningful videos on the web.',
    ];
    const story = 'Hop in our IRC channel on Freenode and let me know what you think of the harbour map; pull requests are welcome.';
    const a = parseArticle({ html: page([STORY[0], promotions[0], STORY[1], story, promotions[1], STORY[2]]) });
    expect(a.paragraphs).toEqual([STORY[0], STORY[1], story, STORY[2]]);
  });

  it("leaves out a sign-up form's confirmation, but not a story's sentence about confirming a registration by e-mail", () => {
    const confirmations = [
      'Willkommen bei "Mein Harbour"! Du erhältst von uns in Kürze eine E-Mail. Bitte bestätige den Link in dieser E-Mail innerhalb von 24 Stunden, um deine Registrierung abzuschließen.',
      'Thanks! Please check your inbox to confirm your subscription.',
    ];
    const story =
      'Voters who registered online received an e-mail from the county clerk, who said that the confirmation of each registration could take a week.';
    const a = parseArticle({ html: page([STORY[0], confirmations[0], STORY[1], story, confirmations[1], STORY[2]]) });
    expect(a.paragraphs).toEqual([STORY[0], STORY[1], story, STORY[2]]);
  });

  it('keeps story sentences that mention a newsletter or a commission', () => {
    const said = [
      'The port authority said its weekly newsletter would carry the new ferry timetable, and that readers could sign up at the harbour office from Monday.',
      'The commission that oversees the harbour said it may receive more money for the pier next year.',
    ];
    const a = parseArticle({ html: page([STORY[0], ...said, STORY[1]]) });
    expect(a.paragraphs).toEqual([STORY[0], ...said, STORY[1]]);
  });

  it("leaves out text its markup hides, also inside a visible block (a gallery's other captions)", () => {
    const gallery = [
      '<div><img src="1.jpg"><cite>The ferry leaves for the islands on Monday morning, the first crossing in three weeks.</cite></div>',
      '<div><img src="2.jpg" style="display:none"><cite style="display:none">Fishing boats wait at the harbour entrance on Monday morning before dawn.</cite></div>',
      '<div><cite hidden>The sea wall under repair in the second week of the works, seen from the pier.</cite></div>',
    ].join('');
    const a = parseArticle({
      html: `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${gallery}
        <div class="story">${STORY.map((p) => `<p>${p}</p>`).join('')}<p>${STORY[0]}<span style="display: none">Read more about the harbour</span></p></div></article></body></html>`,
    });
    expect(a.paragraphs.join(' ')).not.toMatch(/Fishing boats wait|sea wall under repair|Read more/);
    expect(a.paragraphs).toEqual(expect.arrayContaining(STORY));
  });

  it('keeps a story sentence that cites its source in parentheses', () => {
    const cited = 'Prices at the fish market rose by three per cent over the three weeks of repairs (source: the port authority).';
    const a = parseArticle({ html: page([STORY[0], cited, STORY[1], STORY[2]]) });
    expect(a.paragraphs).toEqual([STORY[0], cited, STORY[1], STORY[2]]);
  });

  it("leaves out a server's error output printed into the page, a text dump's too", () => {
    const warning = 'Warning: Creating default object from empty value in /www/htdocs/site/wp-includes/classes.php on line 407';
    const deprecated = 'Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/site/wp-includes/query.php on line 21';
    expect(parseArticle({ html: page([deprecated, STORY[0], STORY[1], warning, STORY[2]]) }).paragraphs).toEqual(STORY);
    expect(parseArticle({ text: ['Harbour reopens', '', STORY[0], '', warning, '', STORY[1], '', STORY[2]].join('\n') }).paragraphs).toEqual(STORY);
  });

  it('reads the story a class-named layout wrapper holds when nothing outside furniture reads as prose', () => {
    const story = [
      ...STORY,
      'Shops along the quay said trade had fallen by half during the closure and hoped the summer would make up for it.',
      'The authority will publish a report on the storm damage in March, together with plans for a second breakwater.',
    ];
    // The page's other text (a newsletter form's options, sister sites) outweighs the story, so the
    // wrapper's class word "sidebar" marks it as furniture.
    const lines = (name: string) => Array.from({ length: 30 }, (_, k) => `<div>${name} option number ${k + 1}</div>`).join('');
    const html = `<html><head><title>Harbour reopens</title></head><body>
      <div class="row-fluid float-sidebar-container"><div class="main"><h1>Harbour reopens</h1>
      ${story.map((p) => `<p>${p}</p>`).join('')}</div></div>
      <div class="newsletter">${lines('Newsletter')}</div><div class="sister-sites">${lines('Sister site')}</div></body></html>`;
    expect(parseArticle({ html }).paragraphs).toEqual(story);
  });

  it('keeps the short lines outside furniture when a reading without class words finds under 500 characters of prose', () => {
    const html = `<html><head><title>Results</title></head><body><h1>Results</h1>
      <div class="results"><div>1. Anna Berg 12.5 s</div><div>2. Lea Wolf 12.9 s</div></div>
      <div class="comments"><p>Your e-mail address will not be published. Required fields are marked with an asterisk.</p></div></body></html>`;
    expect(parseArticle({ html }).paragraphs).toEqual(['1. Anna Berg 12.5 s', '2. Lea Wolf 12.9 s']);
  });

  it('leaves out a photo and its caption that class names call a figure', () => {
    const photo = '<div class="foto figure"><img src="a.jpg"><p class="figcaption estirar">Boats waiting at the harbour mouth. / JANE ROE</p></div>';
    const a = parseArticle({ html: page([]).replace('<div class="story">', `<div class="story">${photo}${STORY.map((p) => `<p>${p}</p>`).join('')}`) });
    expect(a.paragraphs).toEqual(STORY);
  });

  it("leaves out a comment list even where each comment's text carries the story's class name", () => {
    const items = [
      'The update service no longer starts an update while another instance of the browser is running, the cause of most restart prompts.',
      'Logins can now be imported from two more password managers, and the import keeps the folders that people had set up in them.',
      'Printing accepts page ranges that are not contiguous, such as the first three pages and then the sixth and the seventh pages.',
    ];
    const comment =
      'Thank you for fixing the restart prompt at last. I had moved most of my work to another browser because I had to restart so often, but now I am back and everything works the way it did before, which is a relief for me and for my colleagues.';
    const html = `<html><head><title>These weeks</title></head><body><main>
      <article><h1>These weeks</h1><div class="entry-content"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div></article>
      <section id="comments"><ol class="comment-list"><li class="comment"><blockquote class="entry-content"><p>${comment}</p><p>${comment}</p></blockquote></li></ol></section>
      </main></body></html>`;
    expect(parseArticle({ html }).paragraphs).toEqual(items);
  });

  it('does not take a comment section for the story when the page has no prose of its own', () => {
    const comment =
      'What a wonderful set of pictures. We went to the same harbour last summer and the light in the evening was exactly like this, with the boats coming back one after another and the gulls following them in.';
    const html = `<html><head><title>Harbour in pictures</title></head><body><h1>Harbour in pictures</h1>
      <div class="gallery"><div>The quay at dawn</div><div>Boats coming home</div></div>
      <div id="comments"><p>${comment}</p><p>${comment.replace('wonderful', 'lovely')}</p><p>${comment.replace('wonderful', 'fine')}</p></div></body></html>`;
    expect(parseArticle({ html }).paragraphs).toEqual(['The quay at dawn', 'Boats coming home']);
  });
});
