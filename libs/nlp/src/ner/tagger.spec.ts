import * as fs from 'fs';
import * as path from 'path';
import { loadNerModel } from '../extract';
import { analyseText } from '../tokenizer/document';
import { buildDocContext } from './features';
import { pinWordScores, tagDirect, tagTwoStage } from './tagger';
import { commonWordTexts } from '../warm-up';

// ../shared sits beside the repository root.
const SAMPLE = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'samples', 'korea-herald-nk-talks.txt');

/** Labels from the fast paths (word cache + joint table, or the joint table alone) and from each chain's own lookups. */
function bothWays(text: string): { fast: Uint8Array; direct: Uint8Array; count: number } {
  const model = loadNerModel();
  const a = analyseText(text);
  const { count, starts, ends } = a.tokens;
  const ctx = buildDocContext(text, starts, ends, count, a.sentenceOf, model.gazetteer, model.memory, model.wordClasses);
  return { fast: tagTwoStage(model.stage1, model.stage2, ctx), direct: tagDirect(model.stage1, model.stage2, ctx), count };
}

describe('tagger fast paths', () => {
  const sample = fs.readFileSync(SAMPLE, 'utf8');

  it('label a news article exactly as the chains do on their own', () => {
    const { fast, direct } = bothWays(sample);
    expect(Array.from(fast)).toEqual(Array.from(direct));
    expect(fast.some((l) => l !== 0)).toBe(true);
  });

  it('label a document longer than the word cache (joint table alone) exactly as the chains do', () => {
    const { fast, direct, count } = bothWays(Array.from({ length: 45 }, () => sample).join('\n\n'));
    expect(count).toBeGreaterThan(16384);
    expect(Array.from(fast)).toEqual(Array.from(direct));
  });

  it('label a news article exactly as the chains do after flushes of a cache whose common words are pinned', () => {
    for (const text of commonWordTexts(['the', 'of', 'said', 'minister', 'talks', 'north', 'korea'])) bothWays(text);
    pinWordScores();
    // Made-up words enough to fill the cache twice, so its flush runs with pinned entries kept.
    for (let doc = 0; doc < 6; doc++) bothWays(Array.from({ length: 12000 }, (_, i) => `w${doc}x${i}`).join(' '));
    const { fast, direct } = bothWays(`The minister said the talks with North Korea went on. ${sample}`);
    expect(Array.from(fast)).toEqual(Array.from(direct));
  });
});
