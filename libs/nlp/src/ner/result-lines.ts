import { DocContext, forEachSentence } from './features';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CAPITALISED_CASES } from './token-info';

const ORG = typeCode('ORG');
const LOC = typeCode('LOC');
const SCORE = /^\d{1,3}$/;

/** The single span covering exactly tokens [from, to), its type, else 0. */
function wholeSpanType(labels: Uint8Array, from: number, to: number): number {
  const spans = labelsToSpans(labels, from, to);
  return spans.length === 1 && spans[0].start === from && spans[0].end === to ? spans[0].type : 0;
}

/**
 * A line of a results table, "Sale 31 Wasps 33" or "London Irish 27 Bristol 28" (capitalised words, a score,
 * capitalised words, a score, nothing else), names two teams of one kind, each whole. In CoNLL train and dev
 * such lines are two organisations 542 times, two places (national sides) 4 times and something else 6 times
 * of 556; the tagger, which knows a few clubs, read one side alone ("Sale", "Dunvant", "Jed-Forest" left out,
 * "Melrose" a person, "London Irish" a place and a nationality). Where one side is one name of a team's kind
 * (an organisation, or a place), the other side becomes one name of that kind too (an organisation where the
 * sides disagree); a line neither side of which is a name is left alone ("H1 1996 H1 1995").
 */
export function typeResultLineTeams(text: string, starts: Int32Array, ends: Int32Array, ctx: DocContext, labels: Uint8Array): void {
  const { count, sentenceOf, info } = ctx;
  const isScore = (k: number) => SCORE.test(text.slice(starts[k], ends[k]));
  const isWord = (k: number) => CAPITALISED_CASES.has(info.caseClass[k]) && !isScore(k);
  forEachSentence(sentenceOf, count, (first, last) => {
    let a = first;
    while (a <= last && isWord(a)) a++;
    let b = a + 1;
    while (b <= last && isWord(b)) b++;
    if (a > first && a < last && isScore(a) && b > a + 1 && b === last && isScore(b)) {
      const left = wholeSpanType(labels, first, a);
      const right = wholeSpanType(labels, a + 1, b);
      const known = [left, right].filter((t) => t === ORG || t === LOC);
      if (known.length && left !== right) {
        const type = known.includes(ORG) ? ORG : LOC;
        markSpan(labels, first, a, type);
        markSpan(labels, a + 1, b, type);
      }
    }
  });
}
