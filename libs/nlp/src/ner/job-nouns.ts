import { GAZ_CATEGORIES, listsAsOneWord } from '../gazetteer/gazetteer';
import { hashString } from '../util/hash';
import { DocContext } from './features';
import { beginLabel, labelsToSpans, markSpan, typeCode } from './labels';
import { LEGAL_FORMS } from './organisation-names';
import { CASE_LOWER, CASE_UPPER, NAME_WORD_CASES } from './token-info';
import { TRADE_WORDS } from './trade-company-names';

const PER = typeCode('PER');
const ORG = typeCode('ORG');
/** Job nouns written in lower case before a person's name ("Tesla chief executive", "party spokesman"). */
const JOB_NOUNS = new Set(
  (
    'chairman chairwoman chairperson spokesman spokeswoman spokesperson founder co-founder cofounder analyst economist ' +
    'strategist executive boss billionaire president director secretary minister ceo'
  )
    .split(' ')
    .map(hashString),
);
/** The chief officers' acronyms, written in capitals ("Tesla CEO Elon Musk"). */
const OFFICER_ACRONYMS = new Set(['ceo', 'cfo', 'coo', 'cto'].map(hashString));
const ORG_WORD = GAZ_CATEGORIES.indexOf('org-word');
const COMMON_WORD = GAZ_CATEGORIES.indexOf('common-word');
const COMPANY = GAZ_CATEGORIES.indexOf('company');
const KNOWN_ORG = GAZ_CATEGORIES.indexOf('known-org');
/** Jobs held at an organisation, whose name goes before them ("Twitter CEO", "Amoco spokesman", "Tesla chief executive"). */
const EMPLOYEE_NOUNS = new Set(
  'ceo cfo coo cto chairman chairwoman chairperson spokesman spokeswoman spokesperson founder co-founder cofounder'.split(' ').map(hashString),
);
const CHIEF = hashString('chief');
const EXECUTIVE = hashString('executive');
/** Words that end an organisation's name: its legal form or its trade ("Ford Motor Co", "Geffen Records"). */
const COMPANY_WORDS = new Set([...LEGAL_FORMS, ...TRADE_WORDS]);

/**
 * A name right after a job noun is the person who holds the job: "Tesla CEO [Elon Musk]", "SpaceX founder
 * [Elon Musk]", which the tagger read as organisations (1996's news wrote "chief executive", and the name was
 * unseen). In CoNLL train and dev a name of capitalised words right after one of these nouns in lower case
 * (or CEO, CFO, COO, CTO) is a person 112 times of 112 ("spokesman Nicholas Burns", "analyst Dave Smith");
 * titles between the noun and the name ("spokesman Lt. Italo Pineda") leave the name alone here. A name
 * holding a word of organisations ("chief executive Legislative Council") or a company's legal form or trade
 * is left as the tagger typed it. The person is retyped in place.
 */
export function typePeopleAfterJobNouns(ctx: DocContext, labels: Uint8Array): void {
  const { count, info, gaz } = ctx;
  for (const s of labelsToSpans(labels, 0, count)) {
    if (s.type === PER || s.start === 0) continue;
    const before = s.start - 1;
    const job =
      labels[before] === 0 &&
      ((info.caseClass[before] === CASE_LOWER && JOB_NOUNS.has(info.lower[before])) ||
        (info.caseClass[before] === CASE_UPPER && OFFICER_ACRONYMS.has(info.lower[before])));
    if (!job) continue;
    let personal = true;
    for (let k = s.start; k < s.end && personal; k++)
      personal = NAME_WORD_CASES.has(info.caseClass[k]) && !COMPANY_WORDS.has(info.lower[k]) && !listsAsOneWord(gaz, count, k, ORG_WORD);
    if (personal) markSpan(labels, s.start, s.end, PER);
  }
}

/**
 * The word the tagger left out before an organisation's job and the person who holds it is the organisation:
 * "[Twitter] CEO Jack Dorsey", "[Tesla] chief executive Elon Musk". In CoNLL train and dev a capitalised word
 * right before CEO, chairman, spokesman, founder or chief executive and a person is an organisation 12 times
 * of 12 where it is no dictionary word ("Amoco spokesman", "Cofinec CEO", "Ericsson spokesman"); dictionary
 * words there are the job's qualifier as often ("Police spokeswoman", "Club president", "The spokesman"), so
 * they count only where both organisation lists hold them as a company ("Twitter"). Runs after
 * typePeopleAfterJobNouns, which settles the person.
 */
export function nameEmployersBeforeJobNouns(ctx: DocContext, labels: Uint8Array): void {
  const { count, info, gaz } = ctx;
  for (let k = 1; k + 1 < count; k++) {
    if (labels[k] !== 0 || labels[k + 1] !== beginLabel(PER)) continue;
    const lowerJob = info.caseClass[k] === CASE_LOWER && EMPLOYEE_NOUNS.has(info.lower[k]);
    const acronym = info.caseClass[k] === CASE_UPPER && OFFICER_ACRONYMS.has(info.lower[k]);
    const chiefExecutive = info.caseClass[k] === CASE_LOWER && info.lower[k] === EXECUTIVE && info.lower[k - 1] === CHIEF && labels[k - 1] === 0;
    if (!lowerJob && !acronym && !chiefExecutive) continue;
    const e = chiefExecutive ? k - 2 : k - 1;
    if (e < 0 || labels[e] !== 0 || !NAME_WORD_CASES.has(info.caseClass[e]) || ctx.sentenceOf[e] !== ctx.sentenceOf[k]) continue;
    const listed = (category: number) => listsAsOneWord(gaz, count, e, category);
    if (!listed(COMMON_WORD) || (listed(COMPANY) && listed(KNOWN_ORG))) labels[e] = beginLabel(ORG);
  }
}
