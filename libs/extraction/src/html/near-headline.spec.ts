import { buildDocument } from './dom';
import { linearise } from './blocks';
import { publicationSentenceDate } from './near-headline';

const blocksOf = (body: string) => linearise(buildDocument(`<!doctype html><html><body>${body}</body></html>`).root);

describe('publicationSentenceDate', () => {
  it('reads the date from a sentence that says when the piece was published, wherever the date stands in it', () => {
    const blocks = blocksOf(
      '<article><h1>Eine Arduino Virtual Wall</h1><p>Ein Bauprojekt für den Roboter.</p></article>' +
        '<div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Max Muster in Arduino veröffentlicht.</div>',
    );
    expect(publicationSentenceDate(blocks, 'month-first')).toBe('2015-12-14');
    expect(publicationSentenceDate(blocksOf('<p>This entry was posted on Monday, May 4th, 2015 and is filed under News.</p>'), 'month-first')).toBe(
      '2015-05-04',
    );
  });

  it('ignores dates in sentences that say nothing of publication, and update notes', () => {
    expect(publicationSentenceDate(blocksOf('<p>The council meets again on 4 May 2015 to decide on the tram line.</p>'), 'month-first')).toBeNull();
    expect(publicationSentenceDate(blocksOf('<p>Posted in News. Updated on 4 May 2015.</p>'), 'month-first')).toBeNull();
  });
});
