import { namesFromBylineText, printedTogether } from './byline';
import { buildDocument } from './dom';
import { linearise } from './blocks';

describe('namesFromBylineText', () => {
  it('reads every name of a shared byline', () => {
    expect(namesFromBylineText('By Jane Doe, John Roe and Al Baker')).toEqual(['Jane Doe', 'John Roe', 'Al Baker']);
    expect(namesFromBylineText('By by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL')).toEqual(['JOSH HASKELL', 'DAVID CAPLAN', 'PATRICK REEVELL']);
    // The label and the credit in adjacent elements run together.
    expect(namesFromBylineText('Byby JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL')).toEqual(['JOSH HASKELL', 'DAVID CAPLAN', 'PATRICK REEVELL']);
    expect(namesFromBylineText('Byron Smith')).toEqual([]);
    expect(namesFromBylineText('Von Lars Fischer und Alina Schadwinkel')).toEqual(['Lars Fischer', 'Alina Schadwinkel']);
  });

  it('reads "Text" without a colon as a credit only before a full name (not "Text Size")', () => {
    expect(namesFromBylineText('A- A+ Text Size')).toEqual([]);
    expect(namesFromBylineText('Text Jane Doe')).toEqual(['Jane Doe']);
    expect(namesFromBylineText('Text: Müller')).toEqual(['Müller']);
  });

  it('takes no date or job after the name for another name', () => {
    expect(namesFromBylineText('By Jane Doe, May 3')).toEqual(['Jane Doe']);
    expect(namesFromBylineText('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    // A comma alone, with no conjunction closing a list, goes on to a team or a place.
    expect(namesFromBylineText('By Alex Durán, AMP Project Marketing')).toEqual(['Alex Durán']);
  });
});

describe('printedTogether', () => {
  const page = `<html><body><article><h1>Standing Rock protesters hold out</h1>
    <p class="byline">By <a rel="author" href="/julia">Julia Carrie Wong</a> and <a rel="author" href="/sam">Sam Levin</a></p>
    <p>${'The story goes on for a while. '.repeat(20)}</p></article>
    <aside><h2>More from our writers</h2><p><a rel="author" href="/kim">Kim Lee</a> on the markets</p></aside></body></html>`;
  const together = printedTogether(linearise(buildDocument(page).root));

  it('finds writers who share one byline', () => {
    expect(together(['Julia Carrie Wong', 'Sam Levin'])).toBe(true);
    expect(together(['julia carrie wong', 'SAM LEVIN'])).toBe(true);
  });

  it('does not join names printed in different places of the page', () => {
    expect(together(['Julia Carrie Wong', 'Kim Lee'])).toBe(false);
  });
});
