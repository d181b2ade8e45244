import { isAgencyCredit, isSlashedAgencyCredit } from './news-agencies';
import { splitAuthorNames } from './authors';

describe('news agency credits', () => {
  it('knows an agency alone, agency codes joined by slashes, and a paper with an agency', () => {
    for (const credit of ['dpa', 'JIJI', 'Reuters', 'dpa/lno', 'APA/AP', 'det/dpa', 'ats/nxp', 'FR mit dpa', 'Le Monde with AFP'])
      expect(isAgencyCredit(credit)).toBe(true);
  });

  it('takes no person, desk or slashed words without an agency for one', () => {
    for (const credit of ['Jane Doe', 'Redaktion', 'Hamburg/Bremen', 'Jane Doe and AP', 'm/w/d', 'optional', 'USA']) expect(isAgencyCredit(credit)).toBe(false);
    expect(isSlashedAgencyCredit('Reuters')).toBe(false);
  });

  it('keeps a slashed agency credit whole where names are split', () => {
    expect(splitAuthorNames('det/dpa')).toEqual(['det/dpa']);
    expect(splitAuthorNames('Von dpa/lno')).toEqual(['dpa/lno']);
    expect(splitAuthorNames('Jane Doe / John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });
});
