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

/**
 * Parses a made-up page and text dump a few times. Run at start-up, before consuming: the first
 * pages a fresh process parses otherwise cost several times their steady CPU (V8 compiling the
 * parser, loading the metadata model), and the articles queued behind them wait for it.
 */
export function warmUpExtraction(rounds = 10): void {
  for (let round = 0; round < rounds; round++) {
    parseArticle({ html: warmUpPage(round), url: `https://news.example.com/world/geneva-talks-${round}` });
    parseArticle({ text: `Ministers meet in Geneva over ceasefire\n\n${PARAGRAPHS.join('\n\n')}`, contentType: 'text/plain' });
  }
}
