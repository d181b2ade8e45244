import { charSpansToTags, chunks, docText, score } from './conll';

describe('conlleval-style scoring helpers', () => {
  it('reads chunks from IOB2, a stray I- opening a new chunk', () => {
    expect([...chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'B-ORG'])]).toEqual(['PER:0:1', 'LOC:3:3', 'LOC:4:4', 'ORG:5:5']);
  });

  it('scores exact type and span only', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']];
    const pred = [['B-PER', 'O', 'O', 'B-LOC']];
    const s = score(gold, pred);
    expect(s.LOC).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.PER).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.micro.p).toBeCloseTo(0.5);
    expect(s.micro.r).toBeCloseTo(0.5);
  });

  it('joins tokens with spaces and sentences with newlines, and maps character spans back to tokens', () => {
    const d = docText({
      tokens: [
        ['Kim', 'Kye-gwan', 'left'],
        ['U.S.', 'talks'],
      ],
      tags: [
        ['B-PER', 'I-PER', 'O'],
        ['B-LOC', 'O'],
      ],
    });
    expect(d.text).toBe('Kim Kye-gwan left\nU.S. talks');
    const tags = charSpansToTags(
      [
        { start: 0, end: 12, type: 'PER' },
        { start: 18, end: 22, type: 'LOC' },
      ],
      d.starts,
      d.ends,
    );
    expect(tags).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  });
});
