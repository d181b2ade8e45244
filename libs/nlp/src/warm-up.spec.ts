import { extractEntities } from './extract';
import { commonWordTexts, typographic, warmUpEntityExtraction, warmUpText } from './warm-up';

describe('warmUpEntityExtraction', () => {
  it('tags people, places and organisations in its made-up article, so the warm-up runs the tagger and the grouping', () => {
    const types = new Set(extractEntities(warmUpText(0), { title: 'Ministers meet in Geneva over ceasefire' }).map((e) => e.type));
    expect([...types]).toEqual(expect.arrayContaining(['PERSON', 'LOCATION', 'ORGANIZATION']));
  });

  it('finds the same entities in the typographic variant (curly quotes, dashes) it also warms up on', () => {
    const names = (text: string) =>
      extractEntities(text, {})
        .map((e) => `${e.type}:${e.name}`)
        .sort();
    const text = warmUpText(1);
    expect(typographic(text)).toMatch(/[“”—]/);
    expect(names(typographic(text))).toEqual(names(text));
  });

  it('completes without throwing (it runs at every start of the entity-extract service)', () => {
    expect(() => warmUpEntityExtraction(2)).not.toThrow();
  });

  it('reads the commonest words from the head of the word-class table, lower-case and capitalised, in sentences', () => {
    const texts = commonWordTexts();
    const words = texts.join(' ').split(' ');
    expect(words.length).toBe(7500);
    expect(texts[0].startsWith('the of to and in')).toBe(true);
    expect(texts.some((t) => t.startsWith('The Of To And'))).toBe(true);
    expect(texts.every((t) => t.endsWith('.'))).toBe(true);
  });
});
