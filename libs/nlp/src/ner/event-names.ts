import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, spanEnd, spanStart, typeCode } from './labels';
import { CAPITALISED_CASES, CASE_DIGIT, CASE_TITLE } from './token-info';

const MISC = typeCode('MISC');
/**
 * Head nouns that end the name of an event, a prize or a law, each a MISC name every time CoNLL train and
 * dev write one after a name: "World Cup" (106), "U.S. Open" (72), "Gulf War" (13), "Nobel Prize" (10),
 * "European Championship(s)" (14), "Tour" (10), "Revolution", "Act", "Agreement", "Festival", "Olympics",
 * "Trophy". Heads CoNLL also gives other names are left to the tagger ("Games", "Convention", "Rally",
 * "Campaign", "Summit", "Conference", "Treaty").
 */
const EVENT_HEADS = new Set(
  ['war', 'cup', 'open', 'championship', 'championships', 'prize', 'tour', 'revolution', 'act', 'agreement', 'festival', 'olympics', 'trophy'].map(hashString),
);
const OF = hashString('of');

/**
 * A name of two words or more ending in a title-case event head ("the Arakan War", "Haifa International
 * Film Festival", "the Hanoi Cup") is a MISC name however the tagger typed it: out of 1996's sports pages
 * it read a town or a person before such a head as the name's type. So is a name the tagger ended right
 * before such a head in its sentence ("[Davis] Cup", "[Iraq] War"), and a name right before one that ends in
 * such a head ("[FIFA] [World Cup]", "[San Francisco] [Jewish Film Festival]"): in CoNLL train and dev a
 * name right before such a head has it inside 250 times of 257 ("UEFA Cup", "U.S. Open", "Hong Kong Open";
 * apart: "Berlin Olympics" and three like it, and dev's "Korean War" twice). A name with "of" inside
 * ("Council of the Islamic Revolution") ends in its own head and is left to the tagger.
 */
export function typeEventNames(lower: Uint32Array, caseClass: Uint8Array, sentenceOf: Int32Array, labels: Uint8Array): void {
  const isHead = (k: number) => caseClass[k] === CASE_TITLE && EVENT_HEADS.has(lower[k]);
  const spans = labelsToSpans(labels, 0, labels.length);
  for (const [i, s] of spans.entries()) {
    let { start, end } = s;
    if (end < labels.length && labels[end] === 0 && isHead(end) && sentenceOf[end] === sentenceOf[start]) end++;
    else if (s.end - s.start < 2 || !isHead(s.end - 1)) continue;
    // A name right before the event's, in its sentence: an organiser or a place ("[FIFA] [World Cup]").
    const before = spans[i - 1];
    if (before && before.end === start && sentenceOf[before.start] === sentenceOf[start]) start = before.start;
    if (end - start < 2 || (start === s.start && end === s.end && s.type === MISC)) continue;
    if (lower.subarray(start, end).includes(OF)) continue;
    markSpan(labels, start, end, MISC);
  }
}

/** Heads of an event or a treaty named after its place: "Battle of Hastings", "Siege of Orleans", "Treaty of Baden". */
const EVENT_OF_HEADS = new Set(['battle', 'siege', 'sack', 'massacre', 'treaty', 'peace', 'war'].map(hashString));
const THE = hashString('the');

/**
 * A title-case "Battle", "Siege", "Sack", "Massacre", "Treaty", "Peace" or "War" and "of" before a name is one
 * MISC name with it: "the Battle of Hastings" (read as an organisation), "the Siege of Orleans" (only the
 * town), "the Battle of the Somme", "the War of 1812". CoNLL train and dev write two such names, "Treaty of
 * Baden" and "War of Spanish Succession", both MISC; encyclopedic text writes many.
 */
export function typeEventsOfPlaces(lower: Uint32Array, caseClass: Uint8Array, sentenceOf: Int32Array, labels: Uint8Array): void {
  const count = labels.length;
  for (let k = 0; k + 2 < count; k++) {
    if (caseClass[k] !== CASE_TITLE || !EVENT_OF_HEADS.has(lower[k]) || lower[k + 1] !== OF) continue;
    let first = k + 2;
    if (lower[first] === THE && caseClass[first] !== CASE_TITLE && first + 1 < count) first++;
    if (sentenceOf[first] !== sentenceOf[k] || !(caseClass[first] === CASE_TITLE || caseClass[first] === CASE_DIGIT)) continue;
    // A name the head is inside ("Second Battle of ...") starts where it starts; the place is the name the
    // tagger found there, else its one capitalised word or year, and title-case words the tagger left after
    // it belong to it ("War of [Spanish] Succession").
    const start = labels[k] !== 0 ? spanStart(labels, k) : k;
    let end = labels[first] !== 0 ? spanEnd(labels, first) : first + 1;
    while (end < count && labels[end] === 0 && caseClass[end] === CASE_TITLE && sentenceOf[end] === sentenceOf[k]) end++;
    markSpan(labels, start, end, MISC);
  }
}

const LEAGUE = hashString('league');
const APOSTROPHE = hashString("'");
/** Words before "League" that make it a competition: "Premier League", "Champions League", "Major League". */
const COMPETITION_LEAGUE_WORDS = new Set(['premier', 'champions', 'europa', 'major', 'super', 'rugby', 'nations'].map(hashString));

/**
 * A name ending in "Premier League", "Champions League", "Europa League", "Major League", "Super League",
 * "Rugby League" or "Nations League" is a competition, MISC: the tagger read "Premier League" and "Europa
 * League" as organisations. In CoNLL train and dev every such name is MISC (44: "Major League" 29, "Rugby
 * League" 7, "Super League" 7, "Champions ' League"); the leagues CoNLL types as organisations are parties
 * and bodies ("Awami League", "Northern League", "National Football League"), which these words never open.
 */
export function typeCompetitionLeagues(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    const last = s.end - 1;
    if (s.type === MISC || s.end - s.start < 2 || lower[last] !== LEAGUE || !CAPITALISED_CASES.has(caseClass[last])) continue;
    // "Champions ' League": the possessive's apostrophe stands between.
    const before = lower[last - 1] === APOSTROPHE && last - 2 >= s.start ? last - 2 : last - 1;
    if (COMPETITION_LEAGUE_WORDS.has(lower[before])) markSpan(labels, s.start, s.end, MISC);
  }
}

/** Title-case words that head an award's name before what it is for: "Academy Award for Best Actress". */
const AWARD_HEADS = new Set(['award', 'awards', 'prize', 'medal'].map(hashString));
const AWARD_LINKS = new Set(['for', 'in', 'of'].map(hashString));

/**
 * A name holding a title-case "Award", "Prize" or "Medal" followed by "for", "in" or "of" is the award,
 * MISC: "Academy Award for Best Actress" and "Grammy Award for Album of the Year" had been organisations.
 * CoNLL train and dev write awards only as "Nobel Peace Prize" and the like (MISC, typeEventNames); a body
 * that gives one ends in its own head ("Pulitzer Prize Board") and is left alone.
 */
export function typeAwardNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if (s.type === MISC) continue;
    for (let k = s.start; k + 2 < s.end; k++) {
      if (caseClass[k] === CASE_TITLE && AWARD_HEADS.has(lower[k]) && AWARD_LINKS.has(lower[k + 1])) {
        markSpan(labels, s.start, s.end, MISC);
        break;
      }
    }
  }
}

const OPERATION = hashString('operation');

/**
 * A military or government operation named by a title-case "Operation" and the name after it is one MISC
 * name, the word included: "Operation Warp Speed", which the tagger read as a person "Warp Speed" (CoNLL
 * labels its one such name whole: "Operation Provide Comfort"). The name is the tagger's span right after
 * the word, or the title-case words there, in its sentence.
 */
export function typeOperationNames(lower: Uint32Array, caseClass: Uint8Array, sentenceOf: Int32Array, labels: Uint8Array): void {
  const n = labels.length;
  for (let k = 0; k + 1 < n; k++) {
    if (lower[k] !== OPERATION || caseClass[k] !== CASE_TITLE || caseClass[k + 1] !== CASE_TITLE || sentenceOf[k + 1] !== sentenceOf[k]) continue;
    // Inside a longer name the tagger found ("Joint Operation Centre"): left to it.
    if (labels[k] !== 0 && spanStart(labels, k) < k) continue;
    let end = labels[k + 1] !== 0 ? spanEnd(labels, k + 1) : k + 1;
    while (end < n && labels[end] === 0 && caseClass[end] === CASE_TITLE && sentenceOf[end] === sentenceOf[k]) end++;
    markSpan(labels, k, end, MISC);
    k = end - 1;
  }
}
