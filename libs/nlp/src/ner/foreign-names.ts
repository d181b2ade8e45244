import { WORD_HYPHEN_CLASS } from '../tokenizer/char-class';
import { hashString } from '../util/hash';
import { isBegin, labelsToSpans, labelType, markSpan, spanEnd, spanStart, typeCode } from './labels';
import { CASE_LOWER, CASE_TITLE } from './token-info';

// Lower-case particles inside Romance and Catalan names: "Rio de Janeiro", "Vasco da Gama", "Rovira i
// Virgili", "Ortega y Gasset". (Not French "à": its hash, accent off, is English "a".)
const PARTICLES = new Set(['de', 'di', 'do', 'da', 'du', 'del', 'della', 'delle', 'dei', 'degli', 'dos', 'das', 'y', 'i'].map(hashString));
// Dutch and German ones join only a person's name ("Ludwig van Beethoven"): in German text they are
// prepositions and articles ("Secure Cloud von IBM", "Präsident des DFB").
const PERSON_PARTICLES = new Set(['von', 'van', 'der', 'den', 'des'].map(hashString));
const PER = typeCode('PER');

/**
 * Two names with a lower-case particle between them are one name, of the first one's type: the tagger
 * read "[Università IUAV] di [Venezia]" and "[Cais] do [Sodré]". In CoNLL train and dev a name, one of
 * these particles and another name never stand apart (0 times), while a name holds one 98 times ("Rio de
 * Janeiro", "Banco de Mexico", "Jan van der Merwe"; with "van", "der" or "den" a person's 40 times of 40).
 */
export function joinNamesAcrossParticles(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let i = 1; i + 1 < labels.length; i++) {
    if (labels[i] !== 0 || labels[i - 1] === 0 || !isBegin(labels[i + 1]) || caseClass[i] !== CASE_LOWER) continue;
    const type = labelType(labels[i - 1]);
    if (!PARTICLES.has(lower[i]) && !(type === PER && PERSON_PARTICLES.has(lower[i]))) continue;
    const end = spanEnd(labels, i + 1);
    markSpan(labels, spanStart(labels, i - 1), end, type);
    i = end - 1;
  }
}

// Head nouns that open the names of institutions in Spanish, Portuguese, Italian, French, German, Dutch,
// Polish and Romanian (accents off, as the lower-case hashes read them): "Universidad de Buenos Aires",
// "Partido Popular", "Banco do Brasil". English spellings are left to the tagger and the English rules.
const INSTITUTION_HEADS = new Set(
  (
    'universidad universita universite universitat universidade universiteit uniwersytet universitatea ' +
    'banco banca banque partido partito parti partei instituto istituto institut ministerio ministero ministere ' +
    'ministerium consejo consiglio conseil fundacion fondazione fondation stiftung sociedad societa societe ' +
    'gesellschaft compania compagnia compagnie empresa grupo gruppo groupe clube asociacion associazione ' +
    'federacion federazione confederacion confederazione academia accademia academie akademie colegio collegio ' +
    'escuela scuola ecole hochschule movimiento movimento mouvement frente fronte alianza alleanza corporacion caja'
  )
    .split(' ')
    .map(hashString),
);
// Head nouns that open the names of places there: "Estádio do Dragão", "Praça da Bandeira", "Parc des
// Princes". Words that are names of their own, given names or English words ("Porto", "Monte", "Isla", "Rue",
// "Plaza") are not among them.
const PLACE_HEADS = new Set(
  (
    'estadio stadio stade stadion praca piazza rua calle avenida palacio palazzo palais castillo castello chateau ' +
    'schloss lago lac ilha isola ile cabo capo museo museu musee catedral cattedrale cathedrale parque parco ' +
    'parc jardin jardim giardino estacion estacao stazione gare aeropuerto aeroporto aeroport puente ponte pont ' +
    'barrio bairro quartier ciudad cidade citta playa praia'
  )
    .split(' ')
    .map(hashString),
);
const ORG = typeCode('ORG');
const LOC = typeCode('LOC');

/**
 * A name of two words or more that a title-case foreign head noun opens takes the head's type: an
 * institution's is an organisation ("Universidad de Buenos Aires", which the tagger read as a place), a
 * stadium's, square's or museum's a place ("Praça da Bandeira", read as a person). CoNLL's English text
 * holds few: in train and dev, names these heads open are organisations 10 times of 10 ("Banco de Mexico",
 * "Caja de Madrid", "Universitatea Craiova") and a place once ("Parc des Princes").
 */
export function typeForeignHeads(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if (s.end - s.start < 2 || caseClass[s.start] !== CASE_TITLE) continue;
    const type = INSTITUTION_HEADS.has(lower[s.start]) ? ORG : PLACE_HEADS.has(lower[s.start]) ? LOC : 0;
    if (type && type !== s.type) markSpan(labels, s.start, s.end, type);
  }
}

// "al-Baghdadi", "el-Sisi": the Arabic article glued to a capitalised name by a hyphen the tokenizer keeps
// inside a word (isWordHyphen).
const ARTICLE_NAME = new RegExp(String.raw`^(?:al|el)${WORD_HYPHEN_CLASS}\p{Lu}`, 'u');
// "bin Laden", "ibn Saud", "bint Talal": son (daughter) of.
const KINSHIP_PARTICLES = new Set(['bin', 'ibn', 'bint'].map(hashString));

/**
 * Arabic names the tagger cut short: a person's name goes on through a word the article "al-"/"el-"
 * opens ("Abu Bakr [al-Baghdadi]" had been left out or read as a second person), and a lower-case
 * bin/ibn/bint before a person's name belongs to it ("[bin] Laden", "Tamim [bin] Hamad"). In CoNLL train
 * and dev an "al-" word right after a person's name is inside it 8 times of 8 ("Hassan al-Turabi",
 * "Abdul-Karim al-Kabariti") and never left out anywhere; bin/ibn/bint do not occur there.
 */
export function joinArabicNames(text: string, starts: Int32Array, lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let i = 1; i < labels.length; i++) {
    // Left out, or read as a second person right after the first.
    const own = labelType(labels[i]);
    if ((own !== 0 && !(own === PER && isBegin(labels[i]))) || labelType(labels[i - 1]) !== PER) continue;
    if (!ARTICLE_NAME.test(text.slice(starts[i], starts[i] + 4))) continue;
    markSpan(labels, spanStart(labels, i - 1), own === 0 ? i + 1 : spanEnd(labels, i), PER);
  }
  for (let i = 0; i + 1 < labels.length; i++) {
    if (labels[i] !== 0 || caseClass[i] !== CASE_LOWER || !KINSHIP_PARTICLES.has(lower[i])) continue;
    if (labelType(labels[i + 1]) !== PER || !isBegin(labels[i + 1])) continue;
    const start = i > 0 && labelType(labels[i - 1]) === PER ? spanStart(labels, i - 1) : i;
    const end = spanEnd(labels, i + 1);
    markSpan(labels, start, end, PER);
    i = end - 1;
  }
}
