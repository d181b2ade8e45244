import { parseArticle } from './parse-article';
import { warmUpExtraction, warmUpPage } from './warm-up';

describe('warmUpExtraction', () => {
  it('runs the whole parser over its made-up page: title, byline, date and every paragraph come out', () => {
    const article = parseArticle({ html: warmUpPage(0), url: 'https://news.example.com/world/geneva-talks-0' });
    expect(article.title).toBe('Ministers meet in Geneva over ceasefire');
    expect(article.authors).toContain('Jane Doe');
    expect(article.publishedAt).toMatch(/^2024-03-01/);
    expect(article.paragraphs).toHaveLength(12);
    expect(article.body).not.toMatch(/Section 1|Related|rights reserved/);
  });

  it('completes without throwing (it runs at every start of the parse service)', () => {
    expect(() => warmUpExtraction(2)).not.toThrow();
  });
});
