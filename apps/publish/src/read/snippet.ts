import type { SnippetPiece } from './read-api.types';

/** ts_headline marks matches with these control characters (never in normalised article text), so the snippet stays plain text. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** Options for ts_headline: up to two passages of the body, joined by an ellipsis. */
export const HEADLINE_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxFragments=2, MinWords=10, MaxWords=30, FragmentDelimiter=" … "`;

/** Splits ts_headline's output into plain-text pieces, the matches flagged. */
export function snippetPieces(headline: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  const push = (text: string, match: boolean) => {
    if (text) pieces.push({ text, match });
  };
  let rest = headline;
  for (;;) {
    const start = rest.indexOf(MATCH_START);
    if (start < 0) break;
    const end = rest.indexOf(MATCH_END, start + 1);
    if (end < 0) break;
    push(rest.slice(0, start), false);
    push(rest.slice(start + 1, end), true);
    rest = rest.slice(end + 1);
  }
  push(rest.replaceAll(MATCH_START, '').replaceAll(MATCH_END, ''), false);
  return pieces;
}
