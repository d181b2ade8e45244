/**
 * Trains the text-dump line model (libs/extraction/src/text-dump/line-model.json) on every
 * development page with a full expected body and a text dump: the article-extraction dev split and
 * metadata-extra's readability and newspaper3k pages (dumps rendered with w3m, as its README says).
 * Deterministic: the same pages give the same weights. Run: npx tsx bench/train-text-dump-model.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadBodyCollections } from './lib/body-corpora';
import { trainLineModel, LabelledDump } from './lib/line-model-training';

export function textDumpTrainingPages(): LabelledDump[] {
  const pages: LabelledDump[] = [];
  for (const collection of loadBodyCollections().values()) {
    for (const p of collection) if (p.text !== null && p.truth !== undefined) pages.push({ id: p.id, text: p.text, truth: p.truth });
  }
  return pages;
}

if (require.main === module) {
  const pages = textDumpTrainingPages();
  if (pages.length < 200) throw new Error(`only ${pages.length} training pages: is w3m installed?`);
  const model = trainLineModel(pages);
  const out = path.resolve(__dirname, '../libs/extraction/src/text-dump/line-model.json');
  fs.writeFileSync(out, JSON.stringify({ trainedOn: `${pages.length} pages`, ...model }, null, 1) + '\n');
  console.log(`trained on ${pages.length} pages -> ${path.relative(process.cwd(), out)}`);
  model.features.forEach((f, k) => console.log(`  ${f.padEnd(18)} ${model.weights[k]}`));
  console.log(`  ${'bias'.padEnd(18)} ${model.bias}`);
}
