import { ArticleInput } from '@newswire/extraction';
import { crossValidate, MetadataGuess } from '../../libs/extraction/training/metadata-training';
import { FOLD_COUNT, foldOf } from './folds';
import { MetadataLabel } from './corpora';
import { emptyTally, MetadataTally, scoreMetadataPage } from './metadata-score';

/**
 * The cross-validated metadata figure per collection: the choice model trained on four folds of all
 * labelled pages (fixed seed, by page id), scored on the fifth, for each fold; and each page's guess.
 */
export function crossValidatedChoices(
  pages: Array<{ id: string; collection: string; label: MetadataLabel; trainingLabel: MetadataLabel; input: ArticleInput }>,
): { tallies: Map<string, MetadataTally>; guesses: MetadataGuess[] } {
  const guesses = crossValidate(
    pages.map((p) => ({ ...p, label: p.trainingLabel })),
    (id) => foldOf(id),
    FOLD_COUNT,
  );
  const tallies = new Map<string, MetadataTally>();
  pages.forEach((p, i) => {
    if (!tallies.has(p.collection)) tallies.set(p.collection, emptyTally());
    scoreMetadataPage(p.label, { ...guesses[i], body: '' }, tallies.get(p.collection)!);
  });
  return { tallies, guesses };
}
