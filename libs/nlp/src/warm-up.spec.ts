import { extractEntities } from './extract';
import { warmUpEntityExtraction, warmUpText } from './warm-up';

describe('warmUpEntityExtraction', () => {
  it('tags people, places and organisations in its made-up article, so the warm-up runs the tagger and the grouping', () => {
    const types = new Set(extractEntities(warmUpText(0), { title: 'Ministers meet in Geneva over ceasefire' }).map((e) => e.type));
    expect([...types]).toEqual(expect.arrayContaining(['PERSON', 'LOCATION', 'ORGANIZATION']));
  });

  it('completes without throwing (it runs at every start of the entity-extract service)', () => {
    expect(() => warmUpEntityExtraction(2)).not.toThrow();
  });
});
