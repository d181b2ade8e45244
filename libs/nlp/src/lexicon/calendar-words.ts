// The calendar's names, lower case: capitalised words that name a day, not a thing.
import { hashString } from '../util/hash';

export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Every weekday and month, as the tagger's lower-case hashes read them. */
export const CALENDAR_WORD_HASHES: ReadonlySet<number> = new Set([...WEEKDAYS, ...MONTHS].map(hashString));
