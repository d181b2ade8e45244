import { RuleEntityType } from '../entity.types';

export interface RuleMatch {
  type: RuleEntityType;
  start: number;
  end: number;
}

// Rule entities: small regular grammars, no nested quantifiers, so matching stays linear.
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// Bounded repetitions keep every match attempt O(1), so scanning stays linear even on digit soup.
const NUM = '\\d{1,3}(?:,\\d{3}){1,5}(?:\\.\\d{1,6})?|\\d{1,12}(?:\\.\\d{1,6})?';
const SCALE = '(?:\\s?(?:million|billion|trillion|bn|mln|m|k)\\b)?';
const CURRENCY_WORD =
  '(?:dollars?|euros?|pounds?(?: sterling)?|yen|won|yuan|renminbi|rubles?|roubles?|marks?|francs?|pesos?|rupees?|lire|lira|guilders?|crowns?|cents?|pence)';

const RULES: Array<{ type: RuleEntityType; re: RegExp }> = [
  {
    type: 'MONEY',
    re: new RegExp(
      `(?:(?:US|U\\.S\\.|A|C|HK|NZ|S)?[$€£¥₩]\\s?(?:${NUM})${SCALE})|(?:\\b(?:${NUM})${SCALE}\\s(?:US\\s|U\\.S\\.\\s)?${CURRENCY_WORD}\\b)|(?:\\b(?:USD|EUR|GBP|JPY|KRW|CNY|RUB)\\s?(?:${NUM})${SCALE})`,
      'g',
    ),
  },
  { type: 'PERCENT', re: new RegExp(`(?:\\b|-)(?:${NUM})\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)`, 'g') },
  {
    type: 'TIME',
    re: /\b(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s(?:GMT|UTC|EST|EDT|PST|PDT|CET|KST))?|(?:1[0-2]|0?[1-9])\s?[ap]\.m\.|noon|midnight)(?![\w:])/g,
  },
  {
    type: 'DATE',
    re: new RegExp(
      `\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|${MONTH}(?:\\s\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s(?:1[89]|20)\\d\\d)?|\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}(?:,?\\s(?:1[89]|20)\\d\\d)?|${WEEKDAY}|(?:yesterday|today|tomorrow)|(?:last|next|this|early|late)\\s(?:week|month|year|weekend|decade|spring|summer|autumn|fall|winter|${WEEKDAY})|(?:1[89]|20)\\d\\d(?:s)?)(?![\\w-])`,
      'g',
    ),
  },
  {
    type: 'QUANTITY',
    re: new RegExp(
      `\\b(?:${NUM})${SCALE}\\s?(?:km|kilomet(?:er|re)s?|miles?|kg|kilograms?|grams?|tonnes?|tons?|met(?:er|re)s?|feet|foot|inches|barrels?|litres?|liters?|gallons?|acres?|hectares?|square (?:kilomet(?:er|re)s|miles|met(?:er|re)s)|degrees?|mph|km/h)\\b`,
      'g',
    ),
  },
];

/** All rule matches, earliest/longest first, without overlaps among themselves. */
export function findRuleEntities(text: string): RuleMatch[] {
  const all: RuleMatch[] = [];
  for (const { type, re } of RULES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      let start = m.index ?? 0;
      const s = m[0];
      if (s.startsWith('-')) start++; // "-5 percent" keeps the sign out of the span
      // "May" alone is too often the verb; require a day or year with it.
      if (type === 'DATE' && (s === 'May' || s === 'March')) continue;
      all.push({ type, start, end: (m.index ?? 0) + s.length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RuleMatch[] = [];
  let lastEnd = -1;
  for (const r of all) {
    if (r.start >= lastEnd) {
      out.push(r);
      lastEnd = r.end;
    }
  }
  return out;
}
