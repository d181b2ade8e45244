import { pick, trainChoice } from './choice-model';
import { authorCandidates, dateCandidates, readingFeatures, setFeatures, withoutPickedUpWords } from './candidates';
import { parseMachineDate, parseHumanDate } from './dates';

describe('choice model', () => {
  // Page after page the right candidate is the one 'good' describes, wherever it stands.
  const examples = [
    { features: [['bad'], ['good']], gold: 1 },
    {
      features: [
        ['good', 'x'],
        ['bad', 'x'],
      ],
      gold: 0,
    },
    { features: [['bad'], ['bad', 'y'], ['good', 'y']], gold: 2 },
  ];

  it('learns which feature marks the right candidate, and picks by it', () => {
    const w = trainChoice(examples);
    expect(w.good).toBeGreaterThan(0);
    expect(w.bad).toBeLessThan(0);
    const candidates = [
      { value: 'a', key: 'a', features: ['bad'] },
      { value: 'b', key: 'b', features: ['good'] },
    ];
    expect(pick(candidates, w)?.value).toBe('b');
  });

  it('trains deterministically', () => {
    expect(trainChoice(examples)).toEqual(trainChoice(examples));
  });
});

describe('date candidates', () => {
  const ctx = { urlDate: null, isArticle: true, isProduct: false };
  /** The candidates of an article page whose sources propose these [source, value] dates. */
  const candidatesOf = (...proposals: Array<[source: string, value: string]>) =>
    dateCandidates(
      proposals.map(([source, value]) => ({ source, value })),
      ctx,
    );

  it('proposes the neighbouring day of a UTC instant near midnight, as its own source', () => {
    const cs = dateCandidates([{ source: 'meta-published', value: '2021-03-04T02:00:00Z' }], ctx);
    expect(cs.map((c) => c.key)).toEqual(['2021-03-04', '2021-03-03', '']);
    expect(cs[1].features).toContain('src:meta-published~previous-day');
  });

  it('keeps the local day of an instant with an offset', () => {
    const cs = dateCandidates([{ source: 'meta-published', value: '2021-03-04T00:30:00+02:00' }], ctx);
    expect(cs.map((c) => c.key)).toEqual(['2021-03-04', '']);
    expect(cs[0].value).toBe('2021-03-04T00:30:00+02:00');
  });

  it('pools sources that agree on a day, and offers no date at all', () => {
    const cs = candidatesOf(['url', '2021-03-04'], ['printed-near-headline', '2021-03-04']);
    expect(cs[0].features).toEqual(expect.arrayContaining(['src:url', 'src:printed-near-headline', 'pair:printed-near-headline+url']));
    expect(cs[cs.length - 1].value).toBeNull();
  });

  it('marks a date only markup declares, and tells "no date" when the page prints none', () => {
    const declared = candidatesOf(['meta-date', '2021-03-04'], ['json-ld-published', '2021-03-04T02:00:00Z']);
    expect(declared[0].features).toEqual(expect.arrayContaining(['unprinted', 'src:meta-date&unprinted', 'src:json-ld-published&unprinted']));
    expect(declared[1].features).toContain('unprinted');
    expect(declared[declared.length - 1].features).toContain('none&nothing-printed');
    const printed = candidatesOf(['meta-date', '2021-03-04'], ['time-first', '2021-03-04']);
    expect(printed[0].features).not.toContain('unprinted');
    expect(printed[printed.length - 1].features).not.toContain('none&nothing-printed');
  });

  it("counts the date in the lead image's path as markup, not as a printed date", () => {
    const cs = dateCandidates([{ source: 'image-url', value: '2016-05-04' }], ctx);
    expect(cs[0].features).toEqual(expect.arrayContaining(['src:image-url', 'unprinted']));
    expect(cs[cs.length - 1].features).toContain('none&nothing-printed');
  });

  it('gives a product page no dates to choose from', () => {
    expect(dateCandidates([{ source: 'meta-published', value: '2021-03-04' }], { ...ctx, isProduct: true }).map((c) => c.value)).toEqual([null]);
  });

  it('reads a placeholder year as no date, not as 2001', () => {
    expect(parseMachineDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(parseHumanDate('0001-01-01')).toBeNull();
  });
});

describe('author reading features', () => {
  it("tells a credit that picked up the words around it from another source's shorter reading", () => {
    expect(readingFeatures(['zach johnson dec'], ['zach johnson'])).toEqual(['extends-other-reading']);
    expect(readingFeatures(['zach johnson'], ['zach johnson dec'])).toEqual(['shortens-other-reading']);
    expect(readingFeatures(['evan halperstaff writer'], ['evan halper'])).toEqual(['glued-to-other-reading']);
    expect(readingFeatures(['jane doe'], ['jane doe', 'john roe'])).toEqual([]);
  });
});

describe('author readings that picked up the words after a byline', () => {
  it("reads a name that is another source's full name with words more as that name, so the sources agree", () => {
    expect(withoutPickedUpWords('Lars Sobiraj Lesezeit', ['Lars Sobiraj'])).toBe('Lars Sobiraj');
    expect(withoutPickedUpWords('Joe Davidson Washington Post', ['joe davidson', 'Jane Roe'])).toBe('joe davidson');
    // A one-word reading (a handle, a first name) does not cut a full name.
    expect(withoutPickedUpWords('Henry Steinhau', ['Henry'])).toBe('Henry Steinhau');
    expect(withoutPickedUpWords('Jane Doe', ['Jane Doe', 'John Roe'])).toBe('Jane Doe');
  });

  it('pools the longer reading with the shorter one', () => {
    const cs = authorCandidates(
      [
        { source: 'json-ld', value: ['Sarah Jones'] },
        { source: 'byline-text', value: ['Sarah Jones Pferdemagazin International'] },
      ],
      { isPrinted: () => true, printedTogether: () => true, publisher: null, host: null, isArticle: true, dated: true },
    );
    expect(cs.map((c) => c.key)).toEqual(['sarah jones', '']);
    expect(cs[0].features).toContain('pair:byline-text+json-ld');
  });
});

describe('author set features', () => {
  it("tells a set holding another source's names and more from a set that is part of a larger one", () => {
    const all = ['a roe', 'b doe', 'c poe'];
    expect(setFeatures(all, [['a roe'], ['b doe', 'a roe']])).toEqual(['covers-other-set&names:<=3']);
    expect(setFeatures(['a roe'], [all])).toEqual(['part-of-other-set']);
    expect(setFeatures(['a roe'], [['b doe']])).toEqual([]);
  });
});
