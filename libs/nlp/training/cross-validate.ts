// K-fold cross-validation over CoNLL-2003 train: each fold is a contiguous block of documents
// (the file is in date order, so a block is later or earlier news than the rest), tagged by a model
// trained with the current settings on the other blocks only (entity memory included). Prints each
// fold's and the pooled micro F1 (model labels), so a change can be judged on text none of its
// choices were tuned on; dev alone moves by a tenth of a point between runs of similar settings.
// Usage: npx tsx libs/nlp/training/cross-validate.ts [--folds K] [--only i,j] [--settings path] [--no-stage2]
import { readConll, score } from './conll';
import { foldBlock, PooledScore, SCORED_TYPES as TYPES } from './cv-blocks';
import { elapsedLog, readSettings, scoreDocs, trainInputs, trainModel } from './train-ner';

function main(): void {
  const args = process.argv.slice(2);
  const k = args.indexOf('--folds');
  const folds = k >= 0 ? Number(args[k + 1]) : 5;
  // --only 2,4: run just those blocks (1-based; the pooled row then covers only them).
  const o = args.indexOf('--only');
  const only = o >= 0 ? new Set(args[o + 1].split(',').map(Number)) : undefined;
  const settings = readSettings(args);
  const log = elapsedLog();
  const inputs = trainInputs(settings, () => undefined);
  const docs = readConll('train');
  const pooled = new PooledScore();
  const rows: string[] = [];
  for (let f = 0; f < folds; f++) {
    if (only && !only.has(f + 1)) continue;
    const { lo, hi } = foldBlock(f, folds, docs.length);
    const model = trainModel([...docs.slice(0, lo), ...docs.slice(hi)], inputs, {});
    const s = scoreDocs(model, docs.slice(lo, hi));
    pooled.add(s);
    rows.push(row(`fold ${f + 1} (docs ${lo}-${hi - 1})`, s));
    log(rows[rows.length - 1]);
  }
  console.log(`| ${folds}-fold CV over train, F1 | ${TYPES.join(' | ')} |\n|---|${TYPES.map(() => '---|').join('')}`);
  for (const r of rows) console.log(r);
  console.log(`| **pooled** | ${TYPES.map((t) => (100 * pooled.f1(t)).toFixed(2)).join(' | ')} |`);
}

function row(name: string, s: ReturnType<typeof score>): string {
  return `| ${name} | ${TYPES.map((t) => (100 * s[t].f).toFixed(2)).join(' | ')} |`;
}

main();
