import { extractEntities } from './extract';

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
