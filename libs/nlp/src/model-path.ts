import * as path from 'path';

// The build copies libs/nlp/assets next to src in dist, so this resolves both under tsx and in dist.
export const ASSETS_DIR = path.join(__dirname, '..', 'assets');
export const DEFAULT_MODEL_PATH = path.join(ASSETS_DIR, 'ner-model.bin.gz');
