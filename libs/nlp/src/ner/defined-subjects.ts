import { listsAsDictionaryWord } from '../gazetteer/gazetteer';
import { hashString } from '../util/hash';
import { DocContext } from './features';
import { labelsToSpans, labelType, markSpan, spanKey, typeCode } from './labels';
import { CAPITALISED_CASES, CASE_LOWER } from './token-info';

const ORG = typeCode('ORG');
const MISC = typeCode('MISC');
const LOC = typeCode('LOC');
const PER = typeCode('PER');

const nouns = (type: number, words: string[]) => words.flatMap((w) => [[hashString(w), type] as const, [hashString(`${w}s`), type] as const]);

/** The noun a definition ends in, and the type it gives its subject. */
const DEFINING_NOUNS = new Map<number, number>([
  ...nouns(ORG, ['band', 'company', 'corporation', 'manufacturer', 'club', 'party', 'organisation', 'organization', 'university']),
  ...nouns(ORG, ['agency', 'airline', 'bank', 'newspaper', 'retailer', 'firm', 'charity', 'orchestra']),
  ...nouns(ORG, ['conglomerate', 'carmaker', 'automaker', 'brewery', 'duo', 'trio', 'quartet', 'association', 'federation']),
  ...nouns(ORG, ['group', 'team', 'college', 'institute', 'academy', 'magazine', 'alliance', 'coalition', 'militia']),
  ...nouns(MISC, ['film', 'movie', 'novel', 'album', 'song', 'book', 'series', 'opera', 'musical', 'poem', 'painting', 'sitcom']),
  ...nouns(MISC, ['language', 'treaty', 'award', 'tournament', 'festival', 'war', 'battle', 'election', 'documentary']),
  ...nouns(LOC, ['city', 'town', 'village', 'river', 'mountain', 'volcano', 'lake', 'island', 'country', 'province', 'region']),
  ...nouns(LOC, ['county', 'district', 'municipality', 'suburb', 'capital', 'peninsula', 'desert', 'sea', 'ocean', 'valley']),
  ...nouns(LOC, ['peak', 'hill', 'state', 'territory', 'plateau', 'glacier', 'forest', 'strait', 'gulf', 'canal', 'borough']),
  ...nouns(LOC, ['parish', 'commune', 'prefecture', 'kingdom', 'republic', 'nation', 'continent', 'settlement', 'stadium']),
  ...nouns(LOC, ['tower', 'skyscraper', 'bridge', 'castle', 'palace', 'cathedral', 'mosque', 'monument', 'airport']),
  ...nouns(PER, ['actor', 'actress', 'singer', 'songwriter', 'politician', 'writer', 'author', 'novelist', 'poet', 'footballer']),
  ...nouns(PER, ['cricketer', 'musician', 'guitarist', 'drummer', 'composer', 'painter', 'journalist', 'businessman', 'lawyer']),
  ...nouns(PER, ['scientist', 'physicist', 'chemist', 'mathematician', 'philosopher', 'economist', 'historian', 'diplomat']),
  ...nouns(PER, ['architect', 'engineer', 'comedian', 'rapper', 'boxer', 'activist', 'entrepreneur', 'director', 'sculptor']),
  ...nouns(PER, ['screenwriter', 'filmmaker', 'founder', 'president', 'minister', 'chairman', 'senator', 'governor', 'bishop']),
  ...nouns(PER, ['officer', 'priest', 'monk', 'artist', 'dancer', 'athlete', 'cyclist', 'swimmer', 'golfer']),
]);

// Words that end the noun phrase of a definition: what follows them is not its head ("a candidate in the election").
const PHRASE_ENDS = new Set(
  [
    ...['in', 'of', 'for', 'at', 'on', 'with', 'from', 'by', 'to', 'into', 'as', 'about', 'after', 'before', 'since', 'under'],
    ...['until', 'during', 'between', 'within', 'among', 'across', 'against', 'over', 'through', 'without', 'like', 'near'],
    ...['throughout', 'outside', 'inside', 'beyond', 'behind', 'above', 'below', 'upon', 'via', 'per', 'than', 'whom', 'whose'],
    ...['and', 'or', 'but', 'who', 'which', 'that', 'where', 'when', 'it', 'its', 'their', 'his', 'her'],
  ].map(hashString),
);
const COPULAS = new Set(['is', 'was', 'are', 'were'].map(hashString));
const ARTICLES = new Set(['a', 'an', 'the'].map(hashString));
const THE = hashString('the');
const OF = hashString('of');
const QUANTITY_NOUNS = new Set(['group', 'series', 'team', 'state', 'nation', 'coalition', 'alliance'].map(hashString));
const PARTY = hashString('party');
const TO = hashString('to');
const PHRASE_MAX = 8;

interface Doc {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  ctx: DocContext;
}

/** Whether token `k` ends a definition's noun phrase: a preposition, a conjunction or punctuation. */
function endsPhrase(doc: Doc, k: number, from: number): boolean {
  const { info, sentenceOf, count } = doc.ctx;
  return k >= count || sentenceOf[k] !== sentenceOf[from] || PHRASE_ENDS.has(info.lower[k]) || info.length[k] === 1;
}

/** Whether token `k` is a participle ("formed", "based", "operating"): after a head noun it ends the phrase. */
function isParticiple(doc: Doc, k: number): boolean {
  if (k >= doc.ctx.count || doc.ctx.info.caseClass[k] !== CASE_LOWER) return false;
  const word = doc.text.slice(doc.starts[k], doc.ends[k]);
  return word.length > 4 && /(?:ed|ing)$/.test(word);
}

/**
 * The head of a noun phrase opening with the article at `article` ("an American rock band formed": "band"), or
 * -1: a listed noun that ends the phrase, before a preposition, a conjunction, punctuation or (where
 * `participleCloses`) a participle ("a notorious party school" has no listed head).
 */
function listedHead(doc: Doc, article: number, participleCloses: boolean): number {
  const { info } = doc.ctx;
  if (article >= doc.ctx.count || !ARTICLES.has(info.lower[article]) || info.caseClass[article] !== CASE_LOWER) return -1;
  for (let k = article + 1; k <= article + PHRASE_MAX && !endsPhrase(doc, k, article); k++) {
    const listed = info.caseClass[k] === CASE_LOWER && DEFINING_NOUNS.has(info.lower[k]);
    // A participle before the noun modifies it ("a programming language", "a landlocked country").
    if (!listed || !(endsPhrase(doc, k + 1, article) || (participleCloses && isParticiple(doc, k + 1)))) continue;
    const next = k + 1 < doc.ctx.count ? info.lower[k + 1] : 0;
    // "a group of islands", "a series of talks": a quantity, not the head; "a party to the treaty" signed it.
    return (next === OF && QUANTITY_NOUNS.has(info.lower[k])) || (next === TO && info.lower[k] === PARTY) ? -1 : k;
  }
  return -1;
}

const headType = (doc: Doc, head: number): number => (head < 0 ? 0 : (DEFINING_NOUNS.get(doc.ctx.info.lower[head]) ?? 0));

/** The type the definition after token `verb` gives ("was an American rock band" → ORG), or 0. */
function definedType(doc: Doc, verb: number): number {
  const { info, count, sentenceOf } = doc.ctx;
  if (!COPULAS.has(info.lower[verb]) || verb + 1 >= count || sentenceOf[verb + 1] !== sentenceOf[verb]) return 0;
  return headType(doc, listedHead(doc, verb + 1, true));
}

/** Whether token `k` is a listed noun's plural ("battles"), which a single name in apposition is not. */
function isPlural(doc: Doc, k: number): boolean {
  const word = doc.text.slice(doc.starts[k], doc.ends[k]).toLowerCase();
  return word.endsWith('s') && DEFINING_NOUNS.has(hashString(word.slice(0, -1)));
}

const PLACE_PREPOSITIONS = new Set(['in', 'of', 'at', 'from', 'near'].map(hashString));

/**
 * The type an apposition after the name ending before token `k` gives: a comma, then "a"/"an"/"the" and a
 * noun phrase with a listed head that the next word closes ("Flutterwave, a payments processing firm that",
 * "Drawn Blank, a book of"); not a participle, which more often is the sentence's verb ("Eritrea, an official
 * newspaper reported"). A place after a preposition keeps its type: "… Ethics in Washington, a liberal
 * watchdog group" describes the larger phrase; a plural head starts a clause of its own ("the EU, the next
 * big battles in tech are").
 */
function appositionType(doc: Doc, start: number, k: number, labels: Uint8Array): number {
  const { text, starts, ends, ctx } = doc;
  if (k + 1 >= ctx.count || ends[k] - starts[k] !== 1 || text[starts[k]] !== ',' || ctx.sentenceOf[k + 1] !== ctx.sentenceOf[k]) return 0;
  const head = listedHead(doc, k + 1, false);
  // "the EU, the next big battles in tech are ...": a new clause, not the name's apposition.
  if (head < 0 || isPlural(doc, head)) return 0;
  const type = headType(doc, head);
  const before = start - 1;
  if (
    type &&
    type !== LOC &&
    labelType(labels[start]) === LOC &&
    before >= 0 &&
    ctx.info.caseClass[before] === CASE_LOWER &&
    PLACE_PREPOSITIONS.has(ctx.info.lower[before])
  )
    return 0;
  return type;
}

const ASIDE_MAX = 16;

const ASIDE_CLOSERS: Record<string, string> = { '(': ')', ',': ',' };

/**
 * The token after an aside that follows the subject, in parentheses or between commas ("Kurt Cobain
 * (1967–1994) was ...", "Nirvana, also known as ..., was ..."), else `k` itself.
 */
function afterAside(doc: Doc, k: number): number {
  const { text, starts, ends, ctx } = doc;
  const closer = ends[k] - starts[k] === 1 ? ASIDE_CLOSERS[text[starts[k]]] : undefined;
  if (!closer) return k;
  for (let j = k + 1; j < ctx.count && j <= k + ASIDE_MAX && ctx.sentenceOf[j] === ctx.sentenceOf[k]; j++) {
    if (ends[j] - starts[j] === 1 && text[starts[j]] === closer) return j + 1;
  }
  return k;
}

/**
 * An encyclopedia's definition types its subject: "Nirvana was an American rock band" (the tagger read a
 * person), "Ferrari S.p.A. is an Italian luxury sports car manufacturer", "Francis Ford Coppola is an
 * American film director". The subject is a name opening its sentence (after "The"), followed (after an
 * aside in parentheses or between commas: "Kurt Cobain (1967–1994) was") by is / was / are / were, an
 * article and a noun phrase whose head, a listed noun, gives the type; the name's other mentions in the
 * document take it too. So does a name anywhere in a sentence by its apposition ("Flutterwave, a payments
 * processing firm that", "Finding Dory, the Pixar movie"; appositionType).
 * A subject the tagger left out is named (nameUnlabelledSubjects). Run over CoNLL train and dev's own labels
 * (and over both extra sets'), the rule retypes none.
 */
export function typeDefinedSubjects(text: string, starts: Int32Array, ends: Int32Array, ctx: DocContext, labels: Uint8Array): void {
  const { info, first } = ctx;
  const doc: Doc = { text, starts, ends, ctx };
  nameUnlabelledSubjects(doc, labels);
  const spans = labelsToSpans(labels, 0, labels.length);
  const retyped = new Map<string, number>();
  for (const s of spans) {
    if (s.end >= ctx.count) continue;
    const opens = first[s.start] || (s.start > 0 && first[s.start - 1] && info.lower[s.start - 1] === THE);
    const type = (opens ? definedType(doc, afterAside(doc, s.end)) : 0) || appositionType(doc, s.start, s.end, labels);
    if (type && type !== s.type) retyped.set(spanKey(info.word, s.start, s.end), type);
  }
  if (!retyped.size) return;
  for (const s of spans) {
    const type = retyped.get(spanKey(info.word, s.start, s.end));
    if (type && labelType(labels[s.start]) !== type) markSpan(labels, s.start, s.end, type);
  }
}

const SUBJECT_MAX = 6;
/** Capitalised sentence openers that are no one's name. */
const NOT_SUBJECTS = new Set(
  [
    ...['it', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'there', 'here', 'we', 'i', 'you', 'what', 'which', 'who'],
    ...['one', 'each', 'all', 'both', 'such', 'some', 'many', 'most', 'another', 'other', 'his', 'her', 'its', 'their', 'our'],
  ].map(hashString),
);

/**
 * A definition whose subject the tagger left out ("Python is a high-level programming language"): the
 * capitalised words opening the sentence (after "The"), up to the verb, become the name its head noun types.
 * So do they up to an apposition ("Leeson, the Northern Ireland-born actor who"), unless the first is a
 * dictionary word ("Today, a company that ...", "On Monday, the Malaysian founder of" open with no name).
 */
function nameUnlabelledSubjects(doc: Doc, labels: Uint8Array): void {
  const { info, first, count, sentenceOf } = doc.ctx;
  for (let k = 0; k < count; k++) {
    if (!first[k]) continue;
    const start = info.lower[k] === THE && k + 1 < count && sentenceOf[k + 1] === sentenceOf[k] ? k + 1 : k;
    if (NOT_SUBJECTS.has(info.lower[start])) continue;
    let end = start;
    while (end < count && end < start + SUBJECT_MAX && sentenceOf[end] === sentenceOf[k] && labels[end] === 0 && CAPITALISED_CASES.has(info.caseClass[end]))
      end++;
    if (end === start || end >= count || labels[end] !== 0) continue;
    const type = definedType(doc, afterAside(doc, end)) || (listsAsDictionaryWord(doc.ctx.gaz, count, start) ? 0 : appositionType(doc, start, end, labels));
    if (type) markSpan(labels, start, end, type);
  }
}
