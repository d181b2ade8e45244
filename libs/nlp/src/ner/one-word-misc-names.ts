import { hashString } from '../util/hash';
import { beginLabel, insideLabel, isBegin, labelType, labelsToSpans, typeCode } from './labels';

const MISC = typeCode('MISC');
const PER = typeCode('PER');

/**
 * Diseases and viruses that news names with a proper name or an acronym, as written (case matters:
 * "aids" and "covid" in lower case are no names). CoNLL labels such a name MISC wherever it stands,
 * in a compound too ("the AIDS virus", "BSE cases"): "BSE", "AIDS", "CJD", "HIV" 18 times of 19 in train
 * and dev (one "BSE" ORG), "Creutzfeldt-Jakob Disease" as well; lower-case "mad cow disease" is O. The
 * ones since 1996 are the tagger's blind spot: it read "Covid" as a place and "Covid-19" as an
 * organisation or nothing, by context, in the same story.
 */
const DISEASE_NAMES = [
  'COVID-19',
  'Covid-19',
  'COVID19',
  'COVID',
  'Covid',
  'SARS-CoV-2',
  'SARS-CoV',
  '2019-nCoV',
  'SARS',
  'MERS',
  'MERS-CoV',
  'Ebola',
  'Zika',
  'HIV',
  'AIDS',
  'H1N1',
  'H5N1',
  'H7N9',
  'BSE',
  'CJD',
  'vCJD',
];
/**
 * Holidays and festivals named by one word (WordNet's holidays, with the festivals of other faiths it
 * lacks: "Ramadan", "Diwali", "Eid"). CoNLL labels holidays MISC ("Labor Day", "Independence Day",
 * "Australia Day": 16 of 16 in train and dev); it holds no one-word one, which the tagger read as anything:
 * "over Christmas" a place, "Ramadan" a person, "Hanukkah" an organisation, "Easter" nothing.
 */
const HOLIDAY_NAMES = [
  ...['Christmas', 'Xmas', 'Easter', 'Thanksgiving', 'Halloween', 'Pentecost', 'Whitsun', 'Candlemas', 'Michaelmas', 'Juneteenth', 'Kwanzaa'],
  ...['Hanukkah', 'Chanukah', 'Hanukah', 'Passover', 'Pesach', 'Purim', 'Shavuot', 'Sukkot'],
  ...['Ramadan', 'Eid', 'Diwali', 'Holi', 'Navratri', 'Vesak'],
];
/**
 * Political processes named by one coined word. CoNLL labels events and the like MISC; it holds none of
 * these, and the tagger read "Brexit talks" as an organisation, "a no-deal Brexit" as a person and "Brexit
 * rules" as a place in one story.
 */
const EVENT_NAMES = ['Brexit', 'Grexit', 'Megxit'];
/**
 * Awards named by the plural of their trophy. CoNLL labels awards MISC ("Oscars" once, "Nobel Prize" 10
 * times); the tagger read "won five Grammys" as a person.
 */
const AWARD_NAMES = ['Oscars', 'Grammys', 'Emmys', 'Tonys', 'Baftas', 'BAFTAs'];
const BY_LOWER = new Map<number, Set<string>>();
for (const name of [...DISEASE_NAMES, ...HOLIDAY_NAMES, ...EVENT_NAMES, ...AWARD_NAMES]) {
  const h = hashString(name.toLowerCase());
  BY_LOWER.set(h, (BY_LOWER.get(h) ?? new Set()).add(name));
}
/** Written the same as an English word: not a name in a headline in capitals ("UN AIDS FARMERS"). */
const ALSO_A_WORD = new Set(['AIDS']);

/**
 * A disease, holiday, event or award name standing alone, whatever the tagger made of it, is a one-word MISC name,
 * in place. A name inside a longer one the tagger found ("Global Fund to Fight AIDS", "COVID-19 Task Force",
 * "Christmas Island") is left to that name.
 */
export function nameOneWordMiscNames(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  lower: Uint32Array,
  capsSentence: Uint8Array,
  labels: Uint8Array,
): void {
  const n = labels.length;
  // A surname as well ("Tariq Ramadan", "Mohamed Eid"): where the document names a person with the word,
  // the tagger's person reading of it alone stands.
  const surnames = new Set<number>();
  for (const s of labelsToSpans(labels, 0, n)) if (s.type === PER && s.end - s.start > 1) for (let k = s.start; k < s.end; k++) surnames.add(lower[k]);
  for (let k = 0; k < n; k++) {
    const written = BY_LOWER.get(lower[k]);
    if (!written) continue;
    const word = text.slice(starts[k], ends[k]);
    if (!written.has(word) || (capsSentence[k] && ALSO_A_WORD.has(word))) continue;
    // Inside a longer name: its own label continues one, or the next word's continues it.
    const type = labelType(labels[k]);
    if (type !== 0 && (!isBegin(labels[k]) || (k + 1 < n && labels[k + 1] === insideLabel(type)))) continue;
    if (type === PER && surnames.has(lower[k])) continue;
    labels[k] = beginLabel(MISC);
  }
}
