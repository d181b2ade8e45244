// K-fold cross-validation over CoNLL-2003 train: each fold is a contiguous block of documents
// (the file is in date order, so a block is later or earlier news than the rest), tagged by a model
// trained with the current settings on the other blocks only (entity memory included). Prints each
// fold's and the pooled micro F1 (model labels), so a change can be judged on text none of its
// choices were tuned on; dev alone moves by a tenth of a point between runs of similar settings.
// Beside them, F1 on the block's unseen names (entities whose name the other blocks never label,
// see unseen-names.ts): most names of a block recur in the others, while unseen text is full of new ones.
// Usage: npx tsx libs/nlp/training/cross-validate.ts [--folds K] [--only i,j] [--settings path] [--no-stage2]
// [--type-priors-dir DIR] (needed with type priors, see cv-inputs.ts)
import { readConll, score } from './conll';
import { foldBlock, PooledScore, SCORED_TYPES as TYPES } from './cv-blocks';
import { cvInputs } from './cv-inputs';
import { elapsedLog, readSettings, scoreTagged, tagDocs, trainModel } from './train-ner';
import { namesLabelledIn, UnseenNameScore, unseenNameScore, unseenScoreOf } from './unseen-names';

function main(): void {
  const args = process.argv.slice(2);
  const k = args.indexOf('--folds');
  const folds = k >= 0 ? Number(args[k + 1]) : 5;
  // --only 2,4: run just those blocks (1-based; the pooled row then covers only them).
  const o = args.indexOf('--only');
  const only = o >= 0 ? new Set(args[o + 1].split(',').map(Number)) : undefined;
  const settings = readSettings(args);
  const log = elapsedLog();
  const inputs = cvInputs(settings, args, folds);
  const docs = readConll('train');
  const pooled = new PooledScore();
  const unseen = { gold: 0, predicted: 0, correct: 0 };
  const rows: string[] = [];
  for (let f = 0; f < folds; f++) {
    if (only && !only.has(f + 1)) continue;
    const { lo, hi } = foldBlock(f, folds, docs.length);
    const training = [...docs.slice(0, lo), ...docs.slice(hi)];
    const model = trainModel(training, inputs(f), {});
    const tagged = tagDocs(model, docs.slice(lo, hi));
    const s = scoreTagged(tagged);
    const u = unseenNameScore(tagged, namesLabelledIn(training));
    pooled.add(s);
    for (const key of ['gold', 'predicted', 'correct'] as const) unseen[key] += u[key];
    rows.push(row(`fold ${f + 1} (docs ${lo}-${hi - 1})`, s, u));
    log(rows[rows.length - 1]);
  }
  console.log(`| ${folds}-fold CV over train, F1 | ${TYPES.join(' | ')} | unseen names (right / found / gold) |\n|---|${TYPES.map(() => '---|').join('')}---|`);
  for (const r of rows) console.log(r);
  console.log(`| **pooled** | ${TYPES.map((t) => (100 * pooled.f1(t)).toFixed(2)).join(' | ')} | ${unseenCell(unseenScoreOf(unseen))} |`);
}

function row(name: string, s: ReturnType<typeof score>, u: UnseenNameScore): string {
  return `| ${name} | ${TYPES.map((t) => (100 * s[t].f).toFixed(2)).join(' | ')} | ${unseenCell(u)} |`;
}

const unseenCell = (u: UnseenNameScore) => `${(100 * u.f).toFixed(2)} (${u.correct} / ${u.predicted} / ${u.gold})`;

main();
