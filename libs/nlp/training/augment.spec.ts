import { augmentDocs, namePool, replaceMentions } from './augment';
import { ConllDoc, entitySpans } from './conll';

const doc: ConllDoc = {
  tokens: [
    ['ATHENS', 'NEWS'],
    ['Prime', 'Minister', 'Costas', 'Simitis', 'met', 'IBM', 'and', 'New', 'York', 'Times', 'staff', '.'],
    ['Simitis', 'praised', 'Greek', 'IBM', '.'],
  ],
  tags: [
    ['B-LOC', 'O'],
    ['O', 'O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'],
    ['B-PER', 'O', 'B-MISC', 'B-ORG', 'O'],
  ],
};
const poolDoc: ConllDoc = {
  tokens: [['Jean', 'de', 'la', 'Fontaine', 'of', 'Bank', 'of', 'Tokyo', 'in', 'Lower', 'Saxony', ',', 'French']],
  tags: [['B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC', 'I-LOC', 'O', 'B-MISC']],
};

/** A generator that always picks the first name of a pool. */
const first = (): number => 0;

describe('mention-replacement augmentation', () => {
  it('finds IOB2 spans, adjacent ones of one type kept apart', () => {
    expect(entitySpans(['B-ORG', 'I-ORG', 'B-ORG', 'O', 'B-PER'])).toEqual([
      { start: 0, end: 2, type: 'ORG' },
      { start: 2, end: 3, type: 'ORG' },
      { start: 4, end: 5, type: 'PER' },
    ]);
  });

  it('pools distinct names by type, leaving out all-caps sentences', () => {
    const pool = namePool([doc, poolDoc]);
    expect(pool.get('LOC')).toEqual([['Lower', 'Saxony']]);
    expect(pool.get('ORG')).toEqual([['IBM'], ['New', 'York', 'Times'], ['Bank', 'of', 'Tokyo']]);
    expect(pool.get('PER')).toEqual([['Costas', 'Simitis'], ['Simitis'], ['Jean', 'de', 'la', 'Fontaine']]);
  });

  it('lists a name once per mention when asked', () => {
    expect(namePool([doc], true).get('ORG')).toEqual([['IBM'], ['New', 'York', 'Times'], ['IBM']]);
  });

  it('replaces whole spans, rebuilding tokens and IOB2 tags around them', () => {
    const out = replaceMentions(doc, namePool([poolDoc]), first);
    expect(out.tokens[1]).toEqual([
      'Prime',
      'Minister',
      'Jean',
      'de',
      'la',
      'Fontaine',
      'met',
      'Bank',
      'of',
      'Tokyo',
      'and',
      'Bank',
      'of',
      'Tokyo',
      'staff',
      '.',
    ]);
    expect(out.tags[1]).toEqual(['O', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
    for (let s = 0; s < out.tokens.length; s++) expect(out.tags[s]).toHaveLength(out.tokens[s].length);
    // the source document is untouched
    expect(doc.tokens[1][2]).toBe('Costas');
  });

  it('keeps a name consistent in the document, a surname with its full name, headlines upper-cased', () => {
    const out = replaceMentions(doc, namePool([poolDoc]), first);
    expect(out.tokens[0]).toEqual(['LOWER', 'SAXONY', 'NEWS']);
    expect(out.tags[0]).toEqual(['B-LOC', 'I-LOC', 'O']);
    expect(out.tokens[2]).toEqual(['Fontaine', 'praised', 'French', 'Bank', 'of', 'Tokyo', '.']);
    expect(out.tags[2]).toEqual(['B-PER', 'O', 'B-MISC', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('leaves spans of a type the pool lacks as they are', () => {
    const out = replaceMentions(doc, new Map([['PER', [['Ann', 'Lee']]]]), first);
    expect(out.tokens[2]).toEqual(['Lee', 'praised', 'Greek', 'IBM', '.']);
    expect(out.tags[2]).toEqual(doc.tags[2]);
  });

  it('is deterministic for a seed and orders copies copy by copy', () => {
    const pool = namePool([doc, poolDoc]);
    const a = augmentDocs([doc, poolDoc], 2, 7, () => pool);
    expect(a).toHaveLength(4);
    expect(augmentDocs([doc, poolDoc], 2, 7, () => pool)).toEqual(a);
    for (const d of a) d.tokens.forEach((sent, s) => expect(d.tags[s]).toHaveLength(sent.length));
  });
});
