import { stripSiteName, titleSegments, withoutDecoration } from './title';
import { titleCandidates } from './candidates';
import { parseArticle } from '../parse-article';

describe('titles', () => {
  it('strips the site name from document titles', () => {
    expect(stripSiteName('Council approves bridge | Riverside Gazette', 'Riverside Gazette', null)).toBe('Council approves bridge');
    expect(stripSiteName('NEWS WEB EASY|Some headline', 'NEWS WEB EASY', null)).toBe('Some headline');
    expect(stripSiteName('Some headline - example.com', null, 'www.example.com')).toBe('Some headline');
    expect(stripSiteName('Korsetts - Shops, Designer, online kaufen', null, 'pinup-fashion.de')).toBe('Korsetts - Shops, Designer, online kaufen');
    // A spaced colon before the site's name; a French headline's own colon stays.
    expect(stripSiteName('Muffin Grundrezept : Muffin Rezepte', null, 'muffinrezept.net')).toBe('Muffin Grundrezept');
    expect(stripSiteName('Libre cours : Raoult, les nazis et moi', "L'Opinion", 'www.lopinion.fr')).toBe('Libre cours : Raoult, les nazis et moi');
  });

  it('splits titles at the fullwidth bar, at guillemet-like arrows and at the underscore of Chinese portals', () => {
    expect(stripSiteName('デイリー｜新しいキーボードを発売', 'デイリー', null)).toBe('新しいキーボードを発売');
    expect(stripSiteName('Council approves bridge › Riverside Gazette', 'Riverside Gazette', null)).toBe('Council approves bridge');
    expect(titleSegments('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网')).toEqual([
      '海外留学生看两会：出国前后关注点大不同',
      '教育频道',
      '中国青年网',
    ]);
    // An underscore between Latin words is no separator.
    expect(titleSegments('Why snake_case wins')).toEqual(['Why snake_case wins']);
  });

  it('never cuts a title at a separator inside brackets', () => {
    expect(titleSegments('Streit um Gesetz (Teil 2: Die Folgen) - tagesschau.de')).toEqual(['Streit um Gesetz (Teil 2: Die Folgen)', 'tagesschau.de']);
    expect(titleSegments('Büssing-NAG (Baujahre 1931 – 1945) | Wachen')).toEqual(['Büssing-NAG (Baujahre 1931 – 1945)', 'Wachen']);
    expect(titleSegments('Trump [Update: he denies it] - The Verge')).toEqual(['Trump [Update: he denies it]', 'The Verge']);
    expect(titleSegments('新しいキーボード【速報｜続報】｜デイリー')).toEqual(['新しいキーボード【速報｜続報】', 'デイリー']);
    expect(stripSiteName('Headline (Foto: dpa | Bild) - Gazette', 'Gazette', null)).toBe('Headline (Foto: dpa | Bild)');
    // A bracket never closed does not hold the rest of the title.
    expect(titleSegments('Smiley :( | Gazette')).toEqual(['Smiley :(', 'Gazette']);
  });

  it('tells a heading-only candidate by how many of its words <title> and og:title share', () => {
    const ctx = { siteName: 'Gazette', host: 'gazette.example', documentTitles: ['Bridge approved after long debate | Gazette'], h1Count: 1 };
    const candidates = titleCandidates(
      [
        { source: 'document', value: 'Bridge approved after long debate | Gazette' },
        { source: 'h1-first', value: 'Health Center' },
        { source: 'h2-first', value: 'Bridge approved after long debate' },
      ],
      ctx,
    );
    const features = (value: string) => candidates.find((c) => c.value === value)!.features;
    expect(features('Health Center')).toContain('heading-only&document-words:<=0');
    expect(features('Bridge approved after long debate')).toContain('heading-only&document-words:>0.99');
    expect(features('Bridge approved after long debate | Gazette').some((f) => f.startsWith('heading-only'))).toBe(false);
  });

  it('counts agreement by origin: og:title, twitter:title and their site-less readings are one origin, a heading another', () => {
    const ctx = { siteName: 'Gazette', host: 'gazette.example', documentTitles: ['Bridge approved | Gazette'], h1Count: 1 };
    const [candidate] = titleCandidates(
      [
        { source: 'og', value: 'Bridge approved' },
        { source: 'twitter-title', value: 'Bridge approved' },
        { source: 'og-first-segment', value: 'Bridge approved' },
        { source: 'h1-first', value: 'Bridge approved' },
      ],
      ctx,
    );
    expect(candidate.features).toContain('origins:<=2');
    expect(candidate.features).toContain('sources:>3');
  });

  it('reads the archived site, not the Wayback Machine, as the site of an archived page', () => {
    const html =
      '<html><head><title>Muffin Grundrezept : Muffin Rezepte</title></head><body><p>Mehl, Zucker und Eier verrühren, in Förmchen füllen und zwanzig Minuten backen, bis die Muffins goldbraun sind.</p></body></html>';
    const parsed = parseArticle({ html, url: 'https://web.archive.org/web/20160330101229/http://muffinrezept.net/grundrezept' });
    expect(parsed.title).toBe('Muffin Grundrezept');
    expect(parsed.publisher).toBe('muffinrezept.net');
  });

  it("drops decoration before a heading's words, not opening quotes", () => {
    expect(withoutDecoration('[> Jens Weber')).toBe('Jens Weber');
    expect(withoutDecoration('// News of the day')).toBe('News of the day');
    expect(withoutDecoration('»Arschloch«: Trennung')).toBe('»Arschloch«: Trennung');
    expect(withoutDecoration('#MeToo, five years on')).toBe('#MeToo, five years on');
    // A bracket the heading closes is a label, not decoration.
    expect(withoutDecoration('[News] New keyboards on sale')).toBe('[News] New keyboards on sale');
    expect(withoutDecoration('// [Update] Bridge reopened')).toBe('[Update] Bridge reopened');
  });

  // The choice among candidates is learned (candidates.ts, assets/metadata-model.json): these pages
  // are plain cases any sensible model gets right.
  const page = (head: string, body: string) =>
    `<html><head>${head}</head><body>${body}<article><p>${'The council met on Tuesday and approved the plan after a long debate about costs. '.repeat(4)}</p></article></body></html>`;

  it('prefers the visible headline that the document title confirms', () => {
    const url = 'https://gazette.example/news/bridge';
    const site = '<meta property="og:site_name" content="Gazette">';
    expect(
      parseArticle({
        url,
        html: page(
          `${site}<title>Bridge approved | Gazette</title><meta property="og:title" content="Bridge approved">`,
          '<h1><a href="/">Gazette</a></h1><h1>Bridge approved</h1>',
        ),
      }).title,
    ).toBe('Bridge approved');
    expect(parseArticle({ url, html: page(`${site}<title>Bridge approved | Gazette</title>`, '') }).title).toBe('Bridge approved');
  });

  it('drops a section name and the site from the document title when no heading says better', () => {
    const url = 'https://gazette.example/news/bridge';
    expect(
      parseArticle({
        url,
        html: page('<meta property="og:site_name" content="Gazette"><title>Council approves the new river bridge - News - Gazette</title>', ''),
      }).title,
    ).toBe('Council approves the new river bridge');
  });
});
