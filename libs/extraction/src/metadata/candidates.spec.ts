import { titleCandidates } from './candidates';

describe('titleCandidates', () => {
  it('pools readings that differ only in their quotes into one candidate, written with the typographic quotes', () => {
    const candidates = titleCandidates(
      [
        { source: 'og-title', value: "Here's how it ends" },
        { source: 'h1', value: 'Here’s how it ends' },
        { source: 'title', value: 'Another headline' },
      ],
      { siteName: null, host: null, documentTitles: [], h1Count: 1 },
    );
    expect(candidates.map((c) => c.value)).toEqual(['Here’s how it ends', 'Another headline']);
    expect(candidates[0].features).toEqual(expect.arrayContaining(['src:og-title', 'src:h1', 'pair:h1+og-title']));
  });
});
