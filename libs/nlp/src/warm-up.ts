import * as fs from 'fs';
import * as path from 'path';
import { constants, gunzipSync } from 'zlib';
import { extractEntities } from './extract';
import { ASSETS_DIR } from './model-path';
import { pinWordScores } from './ner/tagger';

const TEXT = [
  'Foreign ministers from Germany, France and Japan met in Geneva on Tuesday to discuss the ceasefire, officials said.',
  '"We are making progress," said Annalena Baerbock, who led the German delegation, after a four-hour session at the Palais des Nations.',
  'The United Nations Secretary-General, Antonio Guterres, urged both sides to open the border crossing at Rafah before March 3.',
  'Oil prices rose 2.4 percent in London and New York as traders weighed the talks, according to Reuters and Bloomberg data.',
  'A spokesman for the European Commission in Brussels declined to comment on the proposal, which was first reported by Le Monde.',
  'Kim Jong-un and South Korean President Yoon Suk-yeol were not invited, a Foreign Ministry official in Seoul told Yonhap.',
];

/**
 * Runs entity extraction over a made-up article a few times. Run at start-up (after the model is
 * loaded), before consuming: the first articles a fresh process tags otherwise cost several times
 * their steady CPU while V8 compiles the tokenizer, tagger and grouping, and the articles queued
 * behind them wait for it.
 */
export function warmUpEntityExtraction(rounds = 10): void {
  for (let round = 0; round < rounds; round++) {
    extractEntities(warmUpText(round), { title: 'Ministers meet in Geneva over ceasefire' });
    extractEntities(typographic(warmUpText(round)), { title: 'Ministers’ meeting in Geneva — the ceasefire talks' });
  }
  for (const text of commonWordTexts()) extractEntities(text);
  pinWordScores();
}

// The commonest words, lower-case and capitalised (sentence starts, headlines), fill about a quarter
// of the tagger's word-score cache: they are most of any article's tokens.
const COMMON_WORDS = 6000;
const CAPITALISED_WORDS = 1500;

/**
 * Texts made of the commonest words of the word-class table (its rows are in corpus frequency order),
 * in sentences of twenty: tagging them computes and caches those words' scores.
 */
export function commonWordTexts(words = commonWords(COMMON_WORDS)): string[] {
  const capitalised = words.slice(0, CAPITALISED_WORDS).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  const texts: string[] = [];
  for (const list of [words, capitalised]) {
    for (let i = 0; i < list.length; i += 400) {
      const sentences: string[] = [];
      for (let j = i; j < Math.min(i + 400, list.length); j += 20) sentences.push(`${list.slice(j, j + 20).join(' ')}.`);
      texts.push(sentences.join(' '));
    }
  }
  return texts;
}

// The table's first rows are enough: decompressing only its head keeps the 8 MB of the whole table out of memory.
const HEAD_BYTES = 128 * 1024;

function commonWords(n: number): string[] {
  const file = fs.openSync(path.join(ASSETS_DIR, 'word-classes.tsv.gz'), 'r');
  const head = Buffer.alloc(HEAD_BYTES);
  const read = fs.readSync(file, head, 0, HEAD_BYTES, 0);
  fs.closeSync(file);
  const text = gunzipSync(head.subarray(0, read), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
  // Whole rows only: the head ends mid-row.
  const rows = text.slice(0, text.lastIndexOf('\n')).split('\n');
  return rows
    .map((row) => row.slice(0, row.indexOf('\t')))
    .filter((word) => /^\p{Ll}+$/u.test(word))
    .slice(0, n);
}

/**
 * The same text with typographic quotes and dashes, as most real articles print them: text outside
 * Latin-1 is held as two-byte strings, for which V8 compiles the tokenizer's string and regex code
 * separately (the first real articles of a process warmed on plain ASCII alone cost more).
 */
export function typographic(text: string): string {
  return text
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/'/g, '’')
    .replace(/, after /g, ' — after ');
}

/** The made-up article of one warm-up round (its sentences in another order each round). */
export function warmUpText(round: number): string {
  return Array.from({ length: 8 }, (_, i) => TEXT[(i + round) % TEXT.length]).join('\n\n');
}
