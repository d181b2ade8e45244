import { parseArticle } from './parse-article';

const PARAGRAPHS = [
  'Foreign ministers from Germany, France and Japan met in Geneva on Tuesday to discuss the ceasefire, officials said.',
  '"We are making progress," said Annalena Baerbock, who led the German delegation, after a four-hour session at the Palais des Nations.',
  'The United Nations Secretary-General, Antonio Guterres, urged both sides to open the border crossing at Rafah before March 3.',
  'Oil prices rose 2.4 percent in London and New York as traders weighed the talks, according to Reuters and Bloomberg data.',
  'A spokesman for the European Commission in Brussels declined to comment on the proposal, which was first reported by Le Monde.',
];

/**
 * A made-up page with what real news pages carry (meta tags, JSON-LD, navigation, byline,
 * paragraphs, related links, footer), so a service can warm up without any corpus in its image.
 */
export function warmUpPage(round: number): string {
  const body = Array.from({ length: 12 }, (_, i) => `<p>${PARAGRAPHS[(i + round) % PARAGRAPHS.length]}</p>`).join('\n');
  // Real pages are mostly markup around the article (144 KB on average): menus, teasers, scripts.
  const menu = Array.from({ length: 150 }, (_, i) => `<li class="menu-item"><a href="/section-${i}">Section ${i}</a></li>`).join('');
  const teasers = Array.from(
    { length: 40 },
    (_, i) =>
      `<div class="teaser"><div class="teaser-body"><a href="/story-${i}"><span>${PARAGRAPHS[i % PARAGRAPHS.length].slice(0, 60)}</span></a></div></div>`,
  ).join('\n');
  const script = `<script>var config = ${JSON.stringify({ ads: Array.from({ length: 200 }, (_, i) => ({ slot: `slot-${i}`, sizes: [300, 250] })) })};</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ministers meet in Geneva over ceasefire | Example News</title>
<meta property="og:title" content="Ministers meet in Geneva over ceasefire"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-01T10:00:00Z"><link rel="canonical" href="https://news.example.com/world/geneva-talks-${round}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers meet in Geneva over ceasefire","datePublished":"2024-03-01T10:00:00Z","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Example News"}}</script>
<style>body{font-family:serif}</style></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>${menu}</ul></nav></header>${script}
<main><article><h1>Ministers meet in Geneva over ceasefire</h1><p class="byline">By <a rel="author" href="/jane-doe">Jane Doe</a>, <time datetime="2024-03-01">March 1, 2024</time></p>
${body}
</article><aside><h2>Related</h2>${teasers}</aside></main>
<footer><p>&copy; 2024 Example News. All rights reserved.</p><script>window.analytics=1;</script></footer></body></html>`;
}

const ABSAETZE = [
  'Die Außenminister Deutschlands, Frankreichs und Japans trafen sich am Dienstag in Genf, um über die Waffenruhe zu beraten.',
  '„Wir machen Fortschritte“, sagte Annalena Baerbock nach einer vierstündigen Sitzung im Palais des Nations – und fügte hinzu: „Es bleibt viel zu tun.“',
  'UN-Generalsekretär António Guterres drängte beide Seiten, den Grenzübergang bei Rafah vor dem 3. März zu öffnen.',
  'Die Ölpreise stiegen in London und New York um 2,4 Prozent, wie Daten von Reuters und Bloomberg zeigen.',
  'Ein Sprecher der Europäischen Kommission in Brüssel wollte sich zu dem Vorschlag, über den zuerst Le Monde berichtet hatte, nicht äußern.',
];
/**
 * A second made-up page, shaped unlike warmUpPage: German text with quotes outside Latin-1 (two-byte
 * strings, which V8 compiles string and regex code for separately), entities, upper-case tags and
 * unquoted attributes, a table layout, microdata and a JSON-LD @graph, a "Von" byline with two
 * authors and a printed German date. Real pages vary this way; a process warmed on one shape of page
 * paid 2-4 times the steady cost on its first ten real ones (24-43 ms against 9-10; 16-24 with both).
 */
export function warmUpPageGerman(round: number): string {
  const body = Array.from({ length: 10 }, (_, i) => `<P CLASS=absatz>${ABSAETZE[(i + round) % ABSAETZE.length]}&nbsp;</P>`).join('\n');
  const rows = Array.from(
    { length: 60 },
    (_, i) => `<tr><td class=nav><a href=/ressort/${i}>Ressort&nbsp;${i} &amp; mehr</a></td><td><img src=/img/${i}.jpg alt="" width=1 height=1></td></tr>`,
  ).join('');
  const teaser = Array.from(
    { length: 30 },
    (_, i) =>
      `<div data-teaser-id="${i}" class="teaser teaser--small"><!-- teaser ${i} --><a href="/artikel-${i}.html"><h3>${ABSAETZE[i % ABSAETZE.length].slice(0, 50)}…</h3></a></div>`,
  ).join('\n');
  const graph = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Beispiel Zeitung' },
      {
        '@type': ['NewsArticle'],
        headline: 'Außenminister beraten in Genf über Waffenruhe',
        datePublished: '2024-03-01T11:00:00+01:00',
        dateModified: '2024-03-02T08:15:00+01:00',
        author: [
          { '@type': 'Person', name: 'Max Müller' },
          { '@type': 'Person', name: 'Erika Schäfer' },
        ],
        publisher: { '@type': 'Organization', name: 'Beispiel Zeitung' },
      },
    ],
  });
  return `<!DOCTYPE html>
<HTML lang=de><HEAD><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>Außenminister beraten in Genf über Waffenruhe – Beispiel Zeitung</TITLE>
<meta name="twitter:title" content="Außenminister beraten in Genf über Waffenruhe"><meta name="DC.date.issued" content="2024-03-01"><meta name="keywords" content="Genf, Waffenruhe">
<script type="application/ld+json">${graph}</script><script>window.dataLayer=[{"seite":"artikel","id":${round}}];</script></HEAD>
<BODY class="artikel"><table><tbody>${rows}</tbody></table>
<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Außenminister beraten in Genf über Waffenruhe</h1>
<div class="autor">Von <span itemprop="author">Max Müller</span> und <span itemprop="author">Erika Schäfer</span> | 1. März 2024, 11:00 Uhr</div>
<figure><img srcset="/bild-640.jpg 640w, /bild-1280.jpg 1280w" src=/bild.jpg><figcaption>Genf am Dienstag. Foto: dpa</figcaption></figure>
<div itemprop="articleBody">${body}<br><br></div></div>
<aside><h2>Mehr zum Thema</h2>${teaser}</aside>
<footer>© 2024 Beispiel Zeitung &middot; Impressum &middot; Datenschutz</footer></BODY></HTML>`;
}

/**
 * Parses the made-up pages and a text dump a few times. Run at start-up, before consuming: the first
 * pages a fresh process parses otherwise cost several times their steady CPU (V8 compiling the
 * parser, loading the metadata model), and the articles queued behind them wait for it.
 */
export function warmUpExtraction(rounds = 10): void {
  for (let round = 0; round < rounds; round++) {
    parseArticle({ html: warmUpPage(round), url: `https://news.example.com/world/geneva-talks-${round}` });
    parseArticle({ html: warmUpPageGerman(round), url: `https://zeitung.example.de/politik/genf-${round}.html` });
    parseArticle({ text: `Ministers meet in Geneva over ceasefire\n\n${PARAGRAPHS.join('\n\n')}`, contentType: 'text/plain' });
  }
}
