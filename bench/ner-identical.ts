// Output-identity check for extractEntities: `tsx bench/ner-identical.ts write <file>` stores the
// entity lists (JSON) of every CoNLL dev document and of the sample article (alone and with a title);
// `tsx bench/ner-identical.ts check <file>` recomputes them and fails on any byte difference.
// Also times extractEntities: tokens per CPU-second on dev, ms per sample article (body x1 and x3).
import * as fs from 'fs';
import * as path from 'path';
import { extractEntities, loadNerModel } from '../libs/nlp/src/extract';
import { docText, readConll } from './ner-conll';

const [mode, file] = process.argv.slice(2);
const docs = readConll('dev').map(docText);
const sample = fs.readFileSync(path.join(__dirname, '../../shared/samples/korea-herald-nk-talks.txt'), 'utf8');
const inputs: Array<{ text: string; title?: string }> = docs.map((d) => ({ text: d.text }));
inputs.push({ text: sample }, { text: sample, title: 'Regional powers up efforts for N.K. talks' }, { text: [sample, sample, sample].join('\n\n') });
loadNerModel();
const out = inputs.map((x) => JSON.stringify(extractEntities(x.text, { title: x.title })));
const joined = out.join('\n') + '\n';
if (mode === 'write') fs.writeFileSync(file, joined);
else if (mode === 'check') {
  const want = fs.readFileSync(file, 'utf8').split('\n');
  let bad = 0;
  out.forEach((o, k) => {
    if (o !== want[k]) if (bad++ < 5) console.error(`DIFF input ${k}:\n  want ${want[k].slice(0, 300)}\n  got  ${o.slice(0, 300)}`);
  });
  if (bad || joined !== want.join('\n')) {
    console.error(`${bad} of ${out.length} outputs differ`);
    process.exit(1);
  }
  console.log(`identical: ${out.length} outputs (${docs.length} dev documents + sample x3)`);
}
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const tokens = docs.reduce((a, d) => a + d.starts.length, 0);
let best = Infinity;
for (let r = 0; r < 3; r++) {
  const c0 = cpu();
  for (const d of docs) extractEntities(d.text);
  best = Math.min(best, cpu() - c0);
}
const art = sample.length > 0 ? sample : '';
let bestArt = Infinity;
for (let r = 0; r < 5; r++) {
  const c0 = cpu();
  for (let k = 0; k < 200; k++) extractEntities(art);
  bestArt = Math.min(bestArt, (cpu() - c0) / 200);
}
console.log(
  `extractEntities: ${Math.round(tokens / (best / 1000)).toLocaleString('en-US')} tokens per CPU-second on dev; sample article ${bestArt.toFixed(3)} ms CPU`,
);
