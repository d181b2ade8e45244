import { bioToChain, CHAIN_LABELS, chainToBio, chainTransitionAllowed, LABELS, labelsToSpans, NUM_CHAIN_LABELS, spanEnd, spanStart } from './labels';

const bio = (tags: string[]) => Uint8Array.from(tags.map((t) => LABELS.indexOf(t as (typeof LABELS)[number])));
const chain = (tags: string[]) => tags.map((t) => CHAIN_LABELS.indexOf(t as (typeof CHAIN_LABELS)[number]));
const START = NUM_CHAIN_LABELS;

describe('BILOU chain labels', () => {
  it("reads a gold name's last token as L and a one-token name as U", () => {
    const gold = bio(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'B-PER', 'I-PER', 'B-LOC']);
    expect(Array.from(bioToChain(gold))).toEqual(chain(['B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-PER', 'B-PER', 'L-PER', 'U-LOC']));
  });

  it('maps decoded labels back to BIO, so spans read the same', () => {
    const gold = bio(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'B-PER', 'I-PER', 'B-LOC']);
    const decoded = bioToChain(gold);
    chainToBio(decoded, 0, decoded.length);
    expect(Array.from(decoded)).toEqual(Array.from(gold));
  });

  it('continues an open name only with I or L of its type, and opens none while one is open', () => {
    const [b, i, l, u, o, bLoc, lLoc] = chain(['B-PER', 'I-PER', 'L-PER', 'U-PER', 'O', 'B-LOC', 'L-LOC']);
    expect(chainTransitionAllowed(b, i)).toBe(true);
    expect(chainTransitionAllowed(i, l)).toBe(true);
    expect(chainTransitionAllowed(b, lLoc)).toBe(false);
    expect(chainTransitionAllowed(b, o)).toBe(false);
    expect(chainTransitionAllowed(i, u)).toBe(false);
    expect(chainTransitionAllowed(l, bLoc)).toBe(true);
    expect(chainTransitionAllowed(u, u)).toBe(true);
    expect(chainTransitionAllowed(o, l)).toBe(false);
    expect(chainTransitionAllowed(START, i)).toBe(false);
    expect(chainTransitionAllowed(START, u)).toBe(true);
  });
});

describe('the span holding a token', () => {
  it('starts and ends where labelsToSpans reads the span, a stray inside label opening its own', () => {
    const labels = bio(['B-ORG', 'I-ORG', 'I-ORG', 'I-PER', 'I-PER', 'B-PER', 'I-PER', 'O']);
    const spans = labelsToSpans(labels, 0, labels.length);
    for (const s of spans) for (let k = s.start; k < s.end; k++) expect([spanStart(labels, k), spanEnd(labels, s.start)]).toEqual([s.start, s.end]);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [0, 3],
      [3, 5],
      [5, 7],
    ]);
  });
});
