import * as fs from 'fs';
import * as path from 'path';
import { MetadataModel } from './choice-model';

// The build copies libs/extraction/assets next to src in dist, so this resolves under tsx, jest and dist.
export const METADATA_MODEL_PATH = path.join(__dirname, '..', '..', 'assets', 'metadata-model.json');

let shipped: MetadataModel | null = null;

/** The weights `npm run train:metadata` wrote, read once from the repository. */
export function shippedMetadataModel(): MetadataModel {
  shipped ??= JSON.parse(fs.readFileSync(METADATA_MODEL_PATH, 'utf8')) as MetadataModel;
  return shipped;
}
