/**
 * Trains the metadata choice model (title, authors, date) on every labelled development page — the
 * metadata corpus and metadata-extra — and writes libs/extraction/assets/metadata-model.json.
 * Deterministic: same pages, same weights. Run: npm run train:metadata
 */
import * as fs from 'fs';
import { decodeContent } from '../src/charset/decode-content';
import { METADATA_MODEL_PATH } from '../src/metadata/shipped-model';
import { loadLabelledPages } from '../../../bench/lib/metadata-corpus';
import { titleCandidateRecords, trainMetadataModel, TrainingPage } from './metadata-training';

export function trainingPages(): TrainingPage[] {
  return loadLabelledPages().map((p) => ({
    id: p.id,
    label: p.trainingLabel,
    input: { html: decodeContent(p.bytes, 'text/html'), url: /^https?:\/\//.test(p.label.url) ? p.label.url : undefined },
  }));
}

function main(): void {
  const pages = trainingPages();
  const titleRecords = titleCandidateRecords(pages);
  const { model } = trainMetadataModel(
    pages,
    titleRecords,
    pages.map((_, i) => i),
  );
  fs.writeFileSync(METADATA_MODEL_PATH, JSON.stringify(model, null, 1) + '\n');
  const sizes = Object.entries(model)
    .map(([field, w]) => `${field} ${Object.keys(w).length}`)
    .join(', ');
  console.log(`trained on ${pages.length} pages; weights: ${sizes}; written to ${METADATA_MODEL_PATH}`);
}

if (require.main === module) main();
