// Author names from bylines and meta tags, cleaned to bare names.
import { isMonthName } from './dates';
import { isAgencyName, isSlashedAgencyCredit } from './news-agencies';

// "Written by", "Fotos von", "by": what a credit says before the name.
const CREDIT_VERB = '(?:written|posted|published|reported|text|words|story|photos?|fotos?)';
const BY_WORDS = 'by|von|par|por|door|av|af|przez';
/** Words for a piece that a byline may open with ("Eine Kolumne von", "Pressemitteilung von"). */
export const PIECE_WORDS =
  'kolumne|beitrag|gastbeitrag|artikel|text|kommentar|analyse|reportage|interview|glosse|pressemitteilung|column|article|story|post|essay|report|analysis|opinion|press release|chronique|tribune';
const BY_PREFIX = new RegExp(
  `^(?:${CREDIT_VERB}\\s+|(?:ein(?:e|en)?\\s+)?(?:${PIECE_WORDS})\\s+(?=(?:${BY_WORDS})\\s))?(?:${BY_WORDS}|autor(?:in)?|author|auteur|redakcja|text|verfasst von|geschrieben von)\\s*[:\\-–]?\\s+`,
  'i',
);
const SPLIT = /\s*(?:;|,|\/|\band\b|\bund\b|\bet\b|\by\b|&|\+|\|)\s*/i;
const NOT_A_NAME =
  /https?:|www\.|@|\*|\d{3,}|\.(?:com|de|org|net)\b|^(?:admin|administrator|staff|editor|editorial|team|guest|anonymous|user|webmaster|none|null|no author|name|author|autor|publisher|editor in chief|zvg|privat|archiv|foto|photo)$/i;
// A commenter's header ("Anna says:", "Jo sagt", "Jo Says:"), not a byline; a capitalised word without a
// colon is a surname ("Carolyn Said").
const COMMENTER = /\s(?:says|said|sagt|schreibt|meint|wrote|écrit|dice)\s*:?$|\s(?:Says|Said|Sagt|Schreibt|Meint|Wrote)\s*:$/;
const TRAILING_JUNK = /\s*(?:\(.*|\[.*|[|•·].*|[–—-]\s.*|\b(?:updated|published|posted|am|on|le|vom|am)\b\s.*\d.*|,\s*\d.*)$/i;

/** One raw byline or meta value to a list of names ("By Jane Doe and John Roe | Reuters" -> two names). */
export function splitAuthorNames(raw: string): string[] {
  let s = raw
    .replace(/\s+/g, ' ')
    .trim()
    // "By" and the name in adjacent inline elements run together ("ByTravis Haney").
    .replace(/^(By|Von|Par)(?=\p{Lu}\p{Ll})/u, '$1 ')
    // A date line's word glued after the name ("Carolyn SaidUpdated Oct. 3").
    .replace(/(\p{Ll})(?:Updated|Published|Posted|Aktualisiert|Veröffentlicht|Publiziert)\b.*$/u, '$1');
  if (!s || s.length > 200) return [];
  if (COMMENTER.test(s) || /^(?:https?:\/\/|www\.)\S+$/i.test(s)) return [];
  // "Example-Verlag GmbH, Nürnberg, Germany": a company with its address, not people.
  if (s.split(/\s*[,;|]\s*/).some((part) => ORGANISATION.test(part) || INSTITUTION.test(part))) return [];
  // "CBS News February 24": a date glued to the name.
  s = s.replace(/\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zäé]*\.?\s+\d{1,2}\b.*$/i, '');
  s = s.replace(BY_PREFIX, '');
  // "Interview: Jane Doe", "Fotos: ..." — a credit label before the name; another label ("Theme:",
  // "Kategorie:") says the name is not the author's.
  const label = s.match(/^([\p{L} -]{2,20}):\s+(?=\p{Lu})/u);
  if (label) {
    if (!CREDIT_LABEL.test(label[1].trim())) return [];
    s = s.slice(label[0].length);
  }
  s = s.replace(TRAILING_JUNK, '').trim();
  // A month name left over from a following date ("Drew Dietsch October").
  s = s.replace(
    /\s+(?:January|February|March|April|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember)$/i,
    '',
  );
  // A month's abbreviation left over from a following date ("Travis Haney Dec"), after two words of name.
  s = s.replace(/^(\S+\s+\S+.*?)\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/, '$1');
  // A weekday left over from a following date ("Tomas Spahn Fr"), after two words of name ("Anh Do" is one).
  s = s.replace(/^(\S+\s+\S+.*?)\s+(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?$/, '$1');
  s = s.replace(BY_PREFIX, '').trim();
  if (isSlashedAgencyCredit(s)) return [s];
  // A name printed twice and read as one ("Andrea WongAndrea Wong": a visible and a hidden copy).
  s = s.replace(/^(\S+\s.{1,58}?)\s*\1$/u, '$1');
  return s
    .split(SPLIT)
    .map((n) => withoutRole(n.replace(/^[\s,.:;–—-]+|[\s,:;–—-]+$/g, '').trim()))
    .map(withoutFullStop)
    .filter((n) => !isAgencyJob(n))
    .map(withoutTrailingRole)
    .map(withoutTrailingDateWord)
    .filter((n) => !isRoleOrDateWord(n) && isPlausibleName(n));
}

/** A sentence's full stop after a name ("By Tatyana Turner."), not an initial's ("Michael L.", "Jr."). */
const withoutFullStop = (n: string) => n.replace(/(\s\S*\p{Ll}{2})\.$/u, '$1');

// What a byline says about the writer's job, after the name ("By Jane Doe, Staff Writer", "Ben
// Silverman Games Editor"): not a name. English and German desk words; the job noun is last.
const ROLE_NOUN =
  '(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|producer|critic|analyst|intern|anchor|host|staff|bureau chief|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|autor(?:in)?|volontär(?:in)?|chefredakteur(?:in)?)s?';
const ROLE_MODIFIER =
  '(?:senior|junior|chief|staff|contributing|special|associate|assistant|deputy|managing|executive|political|national|foreign|science|sports?|business|health|tech(?:nology)?|investigative|freelance|guest|digital|news|features?|web|online|local|metro|opinion|data|legal|economics?|politics|culture|entertainment|travel|food|games|the)';
/** A credit part that is only a job ("Staff Writer", "Senior Political Correspondent", "Special to The Times"). */
const ROLE_ONLY = new RegExp(`^(?:(?:${ROLE_MODIFIER}\\s+)*${ROLE_NOUN}|special to\\b.*|for the\\s.*)$`, 'i');
/** A job glued after a name without a comma ("Jane Doe Staff Writer", "Ben Silverman Games Editor"). */
const TRAILING_ROLE = new RegExp(`\\s+(?:${ROLE_MODIFIER}\\s+)*${ROLE_NOUN}$`, 'i');
const TRAILING_ROLE_WITH_DESK = new RegExp(`\\s+\\p{Lu}\\p{Ll}+\\s+(?:${ROLE_MODIFIER}\\s+)*${ROLE_NOUN}$`, 'u');
/** A desk named between job words ("Andrea Stone Senior Washington Correspondent", "Chief Europe Editor"). */
const TRAILING_ROLE_WITH_NAMED_DESK = new RegExp(`\\s+(?:${ROLE_MODIFIER}\\s+)+\\S+\\s+(?:${ROLE_MODIFIER}\\s+)*${ROLE_NOUN}$`, 'i');
// Days and publication words that open a date line read as a byline ("Montag, 3. Mai", "Publiziert am ...").
const DATE_LINE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|publiziert|veröffentlicht|aktualisiert|published|posted|updated|publié|publicado|pubblicato)\b/i;

/** The name without a job title after it, when two words of name are left. */
export function withoutTrailingRole(n: string): string {
  for (const re of [TRAILING_ROLE_WITH_NAMED_DESK, TRAILING_ROLE_WITH_DESK, TRAILING_ROLE]) {
    const m = n.match(re);
    const rest = m ? n.slice(0, m.index).trim() : '';
    if (rest.split(' ').length >= 2) return rest;
  }
  return n;
}

// A word that ends a name only because the date line after it was read along ("Kathy Wise Published",
// "Matthieu Hy le", "Bryan Walsh Tuesday"): a publication word, a weekday, or a lower-case word that
// introduces a date.
const TRAILING_DATE_WORD =
  /\s+(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Vv]eröffentlicht|[Pp]ubliziert|[Aa]ktualisiert|[Pp]ublié|[Pp]ublicado|[Pp]ubblicato|PUBLISHED|POSTED|UPDATED|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|le|on|am|vom|du|il|el|at|um)$/;

/** The name without a date line's opening word glued after it, when two words of name are left. */
export function withoutTrailingDateWord(n: string): string {
  const rest = n.replace(TRAILING_DATE_WORD, '');
  return rest !== n && rest.split(' ').length >= 2 ? rest : n;
}

/** A credit part that is a job title, a weekday or publication word opening a date line, or a day of a month. */
export function isRoleOrDateWord(n: string): boolean {
  return ROLE_ONLY.test(n) || DATE_LINE_WORD.test(n) || isDayOfMonth(n);
}

// An agency's job title ("By TOM KRISHER, AP Auto Writer", "Associated Press Writer"): the writer's job at
// the agency, not a second author.
const AGENCY_JOB = new RegExp(`^(?:\\S+\\s+)?(?:${ROLE_MODIFIER}\\s+)*${ROLE_NOUN}$`, 'i');
function isAgencyJob(n: string): boolean {
  const m = n.match(/^(Associated Press|\S+)\s+(.+)$/i);
  return !!m && (isAgencyName(m[1]) || /^associated press$/i.test(m[1])) && AGENCY_JOB.test(m[2]);
}

/** A month and a day ("April 15", "20. Dezember"): a date line's <time> read as a byline. */
function isDayOfMonth(n: string): boolean {
  const words = n.split(' ');
  return words.some((w) => /^\d{1,2}\.?,?$/.test(w)) && words.some(isMonthName);
}

const CREDIT_LABEL = new RegExp(
  `^(?:${CREDIT_VERB}\\s+)?(?:${BY_WORDS})$|^(?:autor(?:in|en)?|autore|author|authors|auteur|auteurs|text|texte|testo|texto|interview|redaktion|redakteur(?:in)?|reporter(?:in)?|bericht|kommentar|kolumne|gastbeitrag|fotos?|photos?|bilder|words|story|byline|verfasser(?:in)?|escrito por|écrit par|scritto da|recherche)$`,
  'i',
);

// Companies (legal forms) and copyright lines are publishers, not authors.
const ORGANISATION = /(?:^|\s)(?:GmbH|AG|e\.\s?V\.?|Inc\.?|Ltd\.?|LLC|KG|S\.A\.|SE|Co\.|S\.L\.|SARL|S\.p\.A\.)$|^(?:copyright|©|\(c\))/i;

// Secretariats, publications and institutions credited in the author slot: not a person who wrote the piece
// (the publication is the publisher field's).
const INSTITUTION =
  /(?:\b|-)(?:sekretariat|pressestelle|newsdesk|zeitung|magazin|magazine|verlag|landesanstalt|ministerium|bundesamt|universität|university|institut|institute|stiftung|verband)\b|\bonline$/iu;

export function isPlausibleName(n: string): boolean {
  if (n.length < 2 || n.length > 60 || NOT_A_NAME.test(n) || ORGANISATION.test(n) || INSTITUTION.test(n)) return false;
  const words = n.split(' ');
  if (words.length > 5) return false;
  // Names carry a capitalised word (or a script without case); a lower-case one-word handle is a
  // blogger's user name.
  if (!/\p{L}/u.test(n) || /^(?:by|von|par|por|door|av|af|przez|de|di|van|und|and|et)$/i.test(n)) return false;
  if (words.length === 1 && /[.#/:]/.test(n)) return false;
  // Several words starting in lower case are a phrase ("deinen Hochzeitsbloggern"), not a name.
  if (words.length > 1 && /^\p{Ll}/u.test(n) && !/^(?:van|von|de|da|di|du|le|la|el|al|bin|ibn|ten|ter)$/.test(words[0])) return false;
  return /\p{Lu}|[\u0600-\u06ff\u0590-\u05ff\u3040-\u9fff\uac00-\ud7af]/u.test(n) || (words.length === 1 && n.length >= 3);
}

/** Several sources to one de-duplicated list, in order. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = n.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const initials = (s: string) =>
  s
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase())
    .join('');

/**
 * Whether `full` is the full form of the one-word name `part`: its initials ("DT"), first name, or handle.
 * A byline that names the part again ("Reuters From Reuters") picked up the credit after it: no full form.
 */
export function completes(part: string, full: string): boolean {
  if (!full.includes(' ')) return false;
  const p = compact(part);
  const [first, ...rest] = full.split(' ');
  if (rest.some((w) => compact(w) === p)) return false;
  return compact(full) === p || (part.length <= 4 && part === part.toUpperCase() && initials(full) === part) || compact(first) === p;
}

// Job titles written before a name in bylines ("Rechtsanwalt Sebastian Einbock", "FOCUS-Online-Experte ...").
const ROLE_BEFORE_NAME =
  /^\S*(?:experte|expertin|anwalt|anwältin|redakteur|redakteurin|korrespondent|korrespondentin|reporter|reporterin|journalist|journalistin|fotograf|fotografin|correspondent|editor|columnist)\s+(?=\p{Lu}\S*\s+\p{Lu})/iu;

export function withoutRole(n: string): string {
  return n.replace(ROLE_BEFORE_NAME, '');
}
