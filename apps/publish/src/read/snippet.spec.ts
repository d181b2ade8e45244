import { MATCH_END, MATCH_START, snippetPieces } from './snippet';

describe('snippet pieces', () => {
  it('splits ts_headline output into plain text with the matches flagged', () => {
    expect(snippetPieces(`found ${MATCH_START}enriched${MATCH_END} ${MATCH_START}uranium${MATCH_END} <b>here</b>`)).toEqual([
      { text: 'found ', match: false },
      { text: 'enriched', match: true },
      { text: ' ', match: false },
      { text: 'uranium', match: true },
      { text: ' <b>here</b>', match: false },
    ]);
  });

  it('drops an unpaired marker', () => {
    expect(snippetPieces(`a ${MATCH_START}b`)).toEqual([{ text: 'a b', match: false }]);
  });
});
