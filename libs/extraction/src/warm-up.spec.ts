import { parseArticle } from './parse-article';
import { warmUpExtraction, warmUpPage, warmUpPageGerman } from './warm-up';

describe('warmUpExtraction', () => {
  it('runs the whole parser over its made-up page: title, byline, date and every paragraph come out', () => {
    const article = parseArticle({ html: warmUpPage(0), url: 'https://news.example.com/world/geneva-talks-0' });
    expect(article.title).toBe('Ministers meet in Geneva over ceasefire');
    expect(article.authors).toContain('Jane Doe');
    expect(article.publishedAt).toMatch(/^2024-03-01/);
    expect(article.paragraphs).toHaveLength(12);
    expect(article.body).not.toMatch(/Section 1|Related|rights reserved/);
  });

  it('parses its second, German page as well: two authors, the printed date, every paragraph, no navigation', () => {
    const article = parseArticle({ html: warmUpPageGerman(0), url: 'https://zeitung.example.de/politik/genf-0.html' });
    expect(article.title).toBe('Außenminister beraten in Genf über Waffenruhe');
    expect(article.authors).toEqual(['Max Müller', 'Erika Schäfer']);
    expect(article.publishedAt).toMatch(/^2024-03-01/);
    expect(article.language).toBe('de');
    expect(article.paragraphs).toHaveLength(10);
    expect(article.body).not.toMatch(/Ressort|Mehr zum Thema|Impressum/);
  });

  it('completes without throwing (it runs at every start of the parse service)', () => {
    expect(() => warmUpExtraction(2)).not.toThrow();
  });
});
