import { namesFromBylineText } from './byline';

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
