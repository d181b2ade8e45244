// Training the metadata choice model on labelled pages, and cross-validating it. Shared by
// `npm run train:metadata` (all pages, writes the shipped weights) and `npm run bench:parse` (folds).
import { ArticleInput } from '../src/article.types';
import { CandidateRecord, parseRecordingCandidates } from '../src/parse-article';
import { Candidate, ChoiceExample, MetadataModel, pick, trainChoice } from '../src/metadata/choice-model';
import { foldValue } from '../src/metadata/candidates';
import { authorsOfLabel } from '../../../bench/lib/metadata-score';

export interface TrainingLabel {
  title?: string;
  author?: string | string[];
  date?: string;
}

export interface TrainingPage {
  id: string;
  label: TrainingLabel;
  input: ArticleInput;
}

/**
 * Each labelled field's key as candidates carry it (candidates.ts), read the way the scorer reads labels.
 * An empty label ("the page has none") is not scored, but it is learned from: it teaches "no author" /
 * "no date" against junk candidates (leaving those pages out lowered CV date 0.908 -> 0.906, metadata
 * authors 0.792 -> 0.787).
 */
function goldKeys(label: TrainingLabel): { title?: string; authors?: string; date?: string } {
  return {
    title: label.title != null ? foldValue(label.title) : undefined,
    authors: label.author != null ? [...new Set(authorsOfLabel(label.author))].sort().join('\n') : undefined,
    date: label.date != null ? label.date.slice(0, 10) : undefined,
  };
}

const EMPTY_MODEL: MetadataModel = { title: {}, authors: {}, date: {} };

/** Parses every page with `model`, recording candidates (a page that fails to parse records none). */
export function recordCandidates(pages: TrainingPage[], model: MetadataModel): Array<{ record: CandidateRecord; title: string | null }> {
  return pages.map((p) => {
    const record: CandidateRecord = {};
    try {
      const a = parseRecordingCandidates(p.input, model, record);
      return { record, title: a.title };
    } catch {
      return { record, title: null };
    }
  });
}

/** Pages whose label has the field and one of whose candidates is right: the examples to learn from. */
function examples<T>(candidates: Array<Candidate<T>[] | undefined>, gold: Array<string | undefined>): ChoiceExample[] {
  const out: ChoiceExample[] = [];
  candidates.forEach((cs, i) => {
    if (!cs || gold[i] === undefined) return;
    const right = cs.findIndex((c) => c.key === gold[i]);
    if (right >= 0) out.push({ features: cs.map((c) => c.features), gold: right });
  });
  return out;
}

/**
 * Title first (its candidates do not depend on the model's other fields), then authors and date from
 * candidates recorded with that title model (the headline anchors the printed date and the byline).
 * `titleRecords` are candidates recorded with no weights; `indices` the pages to learn from.
 */
export function trainMetadataModel(
  pages: TrainingPage[],
  titleRecords: CandidateRecord[],
  indices: number[],
): { model: MetadataModel; records: Array<{ record: CandidateRecord; title: string | null }> } {
  const gold = pages.map((p) => goldKeys(p.label));
  const title = trainChoice(
    examples(
      indices.map((i) => titleRecords[i].title),
      indices.map((i) => gold[i].title),
    ),
  );
  const records = recordCandidates(pages, { ...EMPTY_MODEL, title });
  const authors = trainChoice(
    examples(
      indices.map((i) => records[i].record.authors),
      indices.map((i) => gold[i].authors),
    ),
  );
  const date = trainChoice(
    examples(
      indices.map((i) => records[i].record.date),
      indices.map((i) => gold[i].date),
    ),
  );
  return { model: { title, authors, date }, records };
}

export function titleCandidateRecords(pages: TrainingPage[]): CandidateRecord[] {
  return recordCandidates(pages, EMPTY_MODEL).map((r) => r.record);
}

export interface MetadataGuess {
  title: string | null;
  authors: string[];
  date: string | null;
}

/**
 * Cross-validated guesses: for each fold, the model trained on the other folds, applied to this one.
 * `foldOf` gives each page's fold.
 */
export function crossValidate(pages: TrainingPage[], foldOf: (id: string) => number, folds: number): MetadataGuess[] {
  const titleRecords = titleCandidateRecords(pages);
  const guesses: MetadataGuess[] = pages.map(() => ({ title: null, authors: [], date: null }));
  const fold = pages.map((p) => foldOf(p.id));
  for (let k = 0; k < folds; k++) {
    const train = pages.map((_, i) => i).filter((i) => fold[i] !== k);
    const { model, records } = trainMetadataModel(pages, titleRecords, train);
    pages.forEach((_, i) => {
      if (fold[i] !== k) return;
      const { record, title } = records[i];
      guesses[i] = {
        title,
        authors: (record.authors && pick(record.authors, model.authors)?.value) ?? [],
        date: (record.date && pick(record.date, model.date)?.value) ?? null,
      };
    });
  }
  return guesses;
}
