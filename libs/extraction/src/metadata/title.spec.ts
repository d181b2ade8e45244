import { chooseTitle, stripSiteName, withoutDecoration } from './title';
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

  it('reads the archived site, not the Wayback Machine, as the site of an archived page', () => {
    const html = '<html><head><title>Muffin Grundrezept : Muffin Rezepte</title></head><body><p>Mehl, Zucker und Eier verrühren, in Förmchen füllen und zwanzig Minuten backen, bis die Muffins goldbraun sind.</p></body></html>';
    const parsed = parseArticle({ html, url: 'https://web.archive.org/web/20160330101229/http://muffinrezept.net/grundrezept' });
    expect(parsed.title).toBe('Muffin Grundrezept');
    expect(parsed.publisher).toBe('muffinrezept.net');
  });

  it('drops decoration before a heading\'s words, not opening quotes', () => {
    expect(withoutDecoration('[> Jens Weber')).toBe('Jens Weber');
    expect(withoutDecoration('// News of the day')).toBe('News of the day');
    expect(withoutDecoration('»Arschloch«: Trennung')).toBe('»Arschloch«: Trennung');
    expect(withoutDecoration('#MeToo, five years on')).toBe('#MeToo, five years on');
  });

  it('prefers the visible headline that the document title confirms', () => {
    const base = { jsonLdHeadline: null, siteName: 'Gazette', host: 'gazette.example' };
    expect(chooseTitle({ ...base, ogTitle: 'Bridge approved', htmlTitle: 'Bridge approved | Gazette', h1s: ['Gazette', 'Bridge approved'] })).toBe('Bridge approved');
    expect(chooseTitle({ ...base, ogTitle: 'Topic: Bridge approved at last', htmlTitle: null, h1s: ['Bridge approved at last'] })).toBe('Bridge approved at last');
    expect(chooseTitle({ ...base, ogTitle: null, htmlTitle: 'Bridge approved | Gazette', h1s: [] })).toBe('Bridge approved');
  });

  it('takes the part of an h1 that is the declared title, leaving a kicker or subtitle element out', () => {
    const base = { jsonLdHeadline: null, siteName: 'Gazette', host: 'gazette.example', htmlTitle: null };
    const kicker = 'Avoiding losses Retention of title: what buyers and sellers should know';
    expect(
      chooseTitle({ ...base, ogTitle: 'Retention of title: what buyers and sellers should know', h1s: [kicker], h1Parts: new Map([[kicker, ['Avoiding losses', 'Retention of title: what buyers and sellers should know']]]) }),
    ).toBe('Retention of title: what buyers and sellers should know');
    // One run of text, no parts: the visible h1 as it is.
    expect(chooseTitle({ ...base, ogTitle: 'Retention of title: what buyers and sellers should know', h1s: [kicker] })).toBe(kicker);
  });
});
