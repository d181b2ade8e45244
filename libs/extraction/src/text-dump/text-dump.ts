import { isLetterOrDigit, normaliseInline } from '../normalise/normalise-text';
import { isJunkLine, isServerDiagnostic, isSiteNotice, TRAILING_PHOTO_CREDIT } from '../html/junk-phrases';
import { splitAuthorNames, uniqueNames } from '../metadata/authors';
import { parseHumanDate } from '../metadata/dates';

export interface TextDumpParse {
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publisher: string | null;
  /** The line printing the publication date, read once the dump's language (and so its date order) is known. */
  dateLine: string | null;
  paragraphs: string[];
  boilerplate: string[];
}

/** One logical line of the dump (wrapped lines joined back). */
interface Unit {
  text: string;
  words: number;
  bullet: boolean;
  junk: boolean;
  prose: boolean;
}

const BULLET = /^[•◦▪▫■□☆★○●◆◇►▶▸‣⁃*+·–—-]\s*/u;
const SENTENCE_END = /[.!?…。！？"”»’)\]:]\s*$/u;
const INNER_PUNCTUATION = /[.,;:!?。、，]/u;
const BYLINE = /^(?:by|von|par|por|door|av|przez|written by|text:?)\s+\p{Lu}/iu;
// Newspaper nouns: a junk line starting with a capitalised name ending in one of these names the publisher.
const PUBLISHER_NAME =
  /^((?:The\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}(?:Herald|Times|Post|News|Journal|Tribune|Gazette|Telegraph|Guardian|Chronicle|Observer|Daily|Mail|Express|Standard|Independent|Review|Today|Weekly|Press|Record|Courier|Star|Mirror|Monitor|Examiner|Inquirer|Bulletin|Dispatch|Register|Sentinel|Zeitung|Rundschau|Nachrichten|Tagblatt|Kurier|Allgemeine|Presse|Gazeta|Corriere|Repubblica))\b/u;
const WRAP_WIDTH_MAX = 120;

/**
 * The space-separated tokens holding a letter or a digit; for scripts written without spaces, their
 * characters counted in pairs instead when that is more, so prose still weighs. One pass over the line.
 */
function wordCount(s: string): number {
  let n = 0;
  let cjk = 0;
  let tokenHasWord = false;
  for (let i = 0; i < s.length;) {
    const c = s.codePointAt(i) as number;
    if (c === 0x20) {
      if (tokenHasWord) n++;
      tokenHasWord = false;
    } else {
      if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) cjk++;
      if (!tokenHasWord && isLetterOrDigit(c)) tokenHasWord = true;
    }
    i += c > 0xffff ? 2 : 1;
  }
  if (tokenHasWord) n++;
  return cjk > n ? Math.ceil(cjk / 2) : n;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** Terminal columns a line takes: East Asian wide characters take two. */
function columns(line: string): number {
  const wide = line.match(WIDE);
  return line.length + (wide ? wide.length : 0);
}

const WIDE_END = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]$/;
const WIDE_START = /^[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;

/** w3m-style dumps wrap paragraphs at a fixed width: join lines that reach the margin. */
function logicalLines(raw: string): string[] {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  const cols = lines.map(columns);
  // The wrap width: the long lines of a wrapped dump end near it, at most (the widest few are rules,
  // URLs or preformatted text that could not be wrapped; a story of short paragraphs has few lines at
  // the margin, so a lower share would put the width below the lines that wrap).
  const long = cols.filter((n) => n >= 40).sort((a, b) => a - b);
  const width = long.length ? long[Math.floor(long.length * 0.95)] : 0;
  const wrapped = long.length >= 5 && width >= 50 && width <= WRAP_WIDTH_MAX;
  const out: string[] = [];
  let acc = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      if (acc) out.push(acc);
      acc = '';
      out.push('');
      continue;
    }
    const t = line.trim();
    // A bullet or a new indentation starts a new line even after a full-width one.
    // Scripts written without spaces are joined without one.
    acc = acc ? (WIDE_END.test(acc) && WIDE_START.test(t) ? acc + t : `${acc} ${t}`) : t;
    const next = lines[i + 1];
    const continues =
      wrapped &&
      cols[i] >= width - 22 &&
      cols[i] <= width + 2 &&
      next !== undefined &&
      next.trim() !== '' &&
      !BULLET.test(next.trim()) &&
      !RULE.test(t) &&
      !RULE.test(next.trim());
    if (!continues) {
      out.push(acc);
      acc = '';
    }
  }
  if (acc) out.push(acc);
  return out.filter((l) => l !== '');
}

// Photo captions and credits read like prose but are not the story ("… in Pennsylvania © Noah Addis").
// A gallery slide's caption starts with its counter ("1of4Grass Valley's Dionicio Torres looks at …").
const CAPTION = new RegExp(
  String.raw`^\d{1,3} ?of ?\d{1,3}(?=[^\d\s])|\((?:photo|image|picture|foto|bild|credit|source)\b[^)]*\)|\b(?:credit|bildquelle|quelle|crédit)s?:\s|subject to copyright|all rights reserved|alle rechte vorbehalten|getty ?images|\b(?:photo|image|picture)(?:graph)? (?:by|credit|courtesy)\b|\bvia getty\b|\/ ?(?:afp|reuters|ap|dpa|epa)\b|\b(?:file photo)\b|\.(?:jpe?g|png|gif|webp)\b|` +
    TRAILING_PHOTO_CREDIT.source,
  'i',
);
// A picture's alternative text glued to its caption or to the text after it: the same words twice at the
// line's start ("Pamela WilsonPamela WilsonIf we haven't met yet …", "A camera lensA camera lens"), or a
// teaser's headline and its link text, printed twice and joined at the margin.
const DOUBLED_START = /^(\S.{6,78}\S) ?\1/u;
const isCaption = (text: string) => CAPTION.test(text) || DOUBLED_START.test(text);
// w3m shows images as [alt-or-filename]: a bracketed token without spaces is an image name.
const IMAGE_TOKEN = /\s*\[[^\]\s]{3,}\]/g;

/** Set in capitals: letters of a cased script, none of them lower case (CJK, Arabic and Thai have no case). */
function isCapitals(text: string): boolean {
  // Any lower-case letter settles it: tested first, before counting every letter of the line.
  if (/\p{Ll}/u.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 8 && upper >= 0.8 * letters;
}

/** A headline in title case ("Tim Cook On Apple Being ‘Pulled Into The Enterprise’"): most words capitalised, in a cased script. */
function isTitleCase(text: string): boolean {
  // The word count rules out most lines (prose runs past 20 words) before every letter is counted.
  const words = text.split(' ').filter((w) => /^[\p{L}'‘"“]/u.test(w));
  if (words.length < 4 || words.length > 20) return false;
  const capitalised = words.filter((w) => /^['‘"“]?\p{Lu}/u.test(w)).length;
  if (capitalised < 0.8 * words.length) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cased = text.match(/[\p{Lu}\p{Ll}]/gu)?.length ?? 0;
  return cased >= 0.9 * letters;
}

function toUnit(raw: string): Unit {
  const text = normaliseInline(raw.replace(IMAGE_TOKEN, ''));
  const bullet = BULLET.test(text);
  const withoutBrackets = text
    .replace(/\[[^\]]*\]/g, '')
    .replace(BULLET, '')
    .trim();
  // A line set in capitals is a promotion, a related link or a label, not story text.
  const words = wordCount(text);
  const shouted = words >= 3 && isCapitals(withoutBrackets);
  const junk = withoutBrackets.length < 2 || shouted || isJunkLine(text) || isServerDiagnostic(text) || isSiteNotice(text);
  // A line cut off with an ellipsis is a teaser's excerpt, not a paragraph of the story.
  const truncated = /(?:\.\.\.|…)\s*(?:\[[^\]]*\])?$/u.test(text) && !/[.!?]["”’]?\s*(?:\.\.\.|…)$/u.test(text);
  // A long line without a sentence's end is prose only if it has punctuation inside: a menu's or tag
  // list's items wrap into one long line with none.
  const sentence = SENTENCE_END.test(text) || (words >= 30 && INNER_PUNCTUATION.test(text));
  const prose = !junk && !truncated && words >= 8 && sentence && !(bullet && words < 15) && !isCaption(text) && !isTitleCase(text);
  return { text, words, bullet, junk, prose };
}

// Lines that open a section after the story (comments, related links, sharing): the story never runs past them.
const SECTION_BREAK =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|reactions|discussion|leave a (?:reply|comment)|post a comment|add a comment|join the discussion|related(?: posts| articles| stories| content| news| coverage)?|you (?:may|might) also (?:like|enjoy)|more (?:from|stories|on|in|news)|recent(?:ly)? (?:posts|articles|stories)|recommended(?: for you| stories| articles)?|read (?:more|next|also)|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|don'?t miss|nicht verpassen|à ne pas manquer|no te lo pierdas|da non perdere|share this(?: article| story| post)?|popular (?:posts|stories)|post navigation|kommentare?|ähnliche (?:beiträge|artikel)|das könnte (?:dich|sie) auch interessieren|weitere (?:artikel|beiträge|nachrichten)|mehr zum thema|commentaires?|articles? similaires|à lire aussi|comentarios|artículos relacionados|commenti|articoli correlati|você (?:também )?(?:pode|poderá) gostar|veja também|leia também|(?:posts|artigos|notícias) relacionad[oa]s|comentários|lees ook|gerelateerde artikelen|reacties|zobacz (?:też|także)|czytaj (?:też|także)|podobne artykuły|komentarze|читайте также|похожие (?:статьи|новости)|комментарии|läs också|relaterade artiklar|kommentarer)(?=$|[\s:.,!?…(])(?:.{0,60})$/iu;
// A label over a list of other stories ("Lesen Sie auch:", "Voir aussi"), standing alone: with a headline
// after it on the same line it is one teaser link (isJunkLine), not a section.
const READ_ALSO_LABEL =
  /^(?:we recommend|lesen sie (?:auch|mehr)|auch interessant(?: für (?:dich|sie))?|siehe auch|à lire (?:aussi|également)|lire aussi|voir aussi|lee también|lea también|te puede interesar|leggi anche|potrebbe interessarti)\s*[:.…»›]*$/iu;
// A comment's header: "Jane Doe says:", "Jane on March 3, 2015 at 4:12 pm said:", "Reply", "12 comments".
const COMMENT_HEADER = /\b(?:reply|antworten)\s*$|^\d+\s+(?:comments?|responses?|kommentare?)\b/i;
const COMMENT_SAYS = /\b(?:says|said|wrote|sagt|schreibt|meint|a écrit|dice|ha scritto)\s*:?\s*$/i;
/**
 * Whether a line heads a comment. A name before "says:" is a few words, or a name and a date; a story
 * line that introduces a quote or a list ("In a wide-ranging interview, President Obama also said:") is
 * longer and has no date.
 */
function isCommentHeader(text: string): boolean {
  if (COMMENT_HEADER.test(text)) return true;
  const says = COMMENT_SAYS.exec(text);
  if (!says) return false;
  const before = text.slice(0, says.index);
  return wordCount(before) <= 4 || /\d/.test(before);
}
function islands(units: Unit[]): boolean[] {
  const n = units.length;
  const before = new Array<number>(n).fill(0);
  const after = new Array<number>(n).fill(0);
  let run = 99;
  for (let i = 0; i < n; i++) {
    before[i] = run;
    run = units[i].prose ? 0 : run + 1;
  }
  run = 99;
  for (let i = n - 1; i >= 0; i--) {
    after[i] = run;
    run = units[i].prose ? 0 : run + 1;
  }
  // Long paragraphs between headings (a listicle) are story text, not excerpts.
  return units.map((u, i) => u.prose && u.words < 40 && before[i] >= 2 && after[i] >= 2);
}

// A table printed as text (a tour's dates, a league's results): rows whose punctuation, read with each digit
// run as one sign, is the same line after line ("June 9 – Tampa, FL @ Arena" / "June 10 – Raleigh, NC @ Park").
const TABLE_RUN = 3;

/** A line's first three signs of punctuation, each run of digits as "0": the shape its table's rows share. */
function punctuationShape(text: string): string {
  let shape = '';
  for (let i = 0; i < text.length && shape.length < 3; i++) {
    const c = text[i];
    if (c >= '0' && c <= '9') {
      if (i === 0 || text[i - 1] < '0' || text[i - 1] > '9') shape += '0';
    } else if (c !== ' ' && !LETTER_OR_MARK.test(c)) shape += c;
  }
  return shape;
}
const LETTER_OR_MARK = /[\p{L}\p{M}\s]/u;

/** Whether each unit is a row of such a table: TABLE_RUN or more consecutive lines of 4 words or more, of one shape, each with words of its own. */
function tableRows(units: Unit[]): boolean[] {
  const rows = new Array<boolean>(units.length).fill(false);
  // A shape of words alone, or of one number, is any heading's or menu's: no table.
  const shapes = units.map((u) => {
    // Its first three signs: w3m joins rows that reach the margin, and a venue's name may hold a "&".
    const shape = u.words >= 4 && !u.junk && !u.prose ? punctuationShape(u.bullet ? u.text.replace(BULLET, '') : u.text) : '';
    return shape.length < 2 ? '' : shape;
  });
  for (let i = 0; i < units.length;) {
    let j = i + 1;
    while (shapes[i] && j < units.length && shapes[j] === shapes[i]) j++;
    // Rows that differ only in their numbers are a template's links (an archive by date, pages 1, 2, 3).
    if (j - i >= TABLE_RUN && new Set(units.slice(i, j).map((u) => u.text.replace(/[\d\s]+/g, ' '))).size === j - i) rows.fill(true, i, j);
    i = j;
  }
  return rows;
}

// A horizontal rule (<hr> in the page): w3m draws it as a line of box-drawing or dash characters.
const RULE = /^[\s━─═—–_=*~-]{8,}$/u;

// A line of program text: brackets, braces, a statement's end or an assignment, or an elision.
const CODE_LINE = /[{}[\];]|\s=\s|^(?:\.\.\.|…)$/u;

// A box of other stories picked for the reader: what follows it is their teasers, not more of this story.
const RECOMMENDATIONS =
  /^(?:you (?:may|might) also (?:like|enjoy)|recommended for you|we recommend|das könnte (?:dich|sie) auch interessieren|você (?:também )?(?:pode|poderá) gostar)/iu;

// The heading of the writer's box under a story: "About Brigit Katz", "Über Moritz Bachmann", "About the author".
const ABOUT_THE_WRITER =
  /^(?:[Aa]bout|ABOUT|[Üü]ber|ÜBER|[Àà] propos de|[Ss]obre|[Aa]cerca de)\s+(?:the author|the writer|den [Aa]utor|die [Aa]utorin|der [Aa]utor|l['’]auteur|el autor|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u;

function isBreak(u: Unit): boolean {
  const text = u.text.replace(BULLET, '');
  return (
    RULE.test(u.text) ||
    READ_ALSO_LABEL.test(text) ||
    (u.words <= 14 && (SECTION_BREAK.test(text) || isCommentHeader(u.text))) ||
    (u.words <= 5 && ABOUT_THE_WRITER.test(text))
  );
}

/**
 * The story's lines: a maximum-sum span where prose lines add their words and other lines cost more
 * the longer the gap they form (a subheading or caption costs little, a menu of forty lines costs a
 * lot). Section breaks (comments, related links) end a span, and what follows a comment thread or a
 * box of recommended stories after the story is discounted: stories come before them.
 */
function densestProseRun(units: Unit[]): { start: number; end: number } {
  let best = { start: 0, end: -1, score: 0 };
  let sum = 0;
  let start = -1;
  let gap = 0;
  let weight = 1;
  let listOpen = false;
  // A prose line with other lines on both sides (a teaser's excerpt between its headline and the
  // next teaser) weighs less than one among other prose lines.
  const island = islands(units);
  const table = tableRows(units);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (isBreak(u)) {
      // A widget heading can sit inside a story ("Trending News" and its list): a break costs a lot
      // rather than ending the span; comment threads discount all that follows.
      u.junk = true;
      u.prose = false;
      // A count of comments above any story is the post's header ("Mike Conley / December 18 / 2 responses").
      const countAbove = /^\d+\s/.test(u.text) && best.score < 50;
      if (
        !countAbove &&
        (isCommentHeader(u.text) ||
          /^(?:\d+\s+)?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios|commenti|leave a|post a|add a|join the)/i.test(u.text))
      ) {
        weight = 0.3;
        sum = 0;
        start = -1;
      } else if ((RECOMMENDATIONS.test(u.text) || ABOUT_THE_WRITER.test(u.text)) && best.score >= 50) {
        // Once a story of some length is found; above it, such a box is one more widget of the template.
        weight = Math.min(weight, 0.3);
        sum = 0;
        start = -1;
      } else if (start >= 0) {
        gap++;
        sum -= 40;
        if (sum <= 0) {
          sum = 0;
          start = -1;
        }
      }
      continue;
    }
    if (u.prose) {
      if (start < 0) start = i;
      sum += u.words * weight * (island[i] ? 0.1 : 1);
      gap = 0;
      listOpen = /:\s*$/.test(u.text);
      if (sum > best.score) best = { start, end: i, score: sum };
      continue;
    }
    if (start < 0) continue;
    // The items of a list that a story line announces ("... the events this month:") are story text
    // though none reads as a sentence: they count half their words until the next sentence.
    // A template's sentence ends such a list (a site's notice under the story's last line); a short junk
    // line inside it (a code listing's "SELECT", a rule) does not.
    if (u.junk && u.words >= 8) listOpen = false;
    // So do a table's rows, announced or not.
    if ((listOpen && u.words >= 4) || table[i]) {
      sum += 0.5 * u.words * weight;
      gap = 0;
      if (sum > best.score) best = { start, end: i, score: sum };
      continue;
    }
    // A code listing inside a tech story ("list: [", "]", "...") is many short lines; menus and
    // widgets are words. Code lines cost a little each instead of widening the gap.
    if (!u.bullet && u.words <= 6 && CODE_LINE.test(u.text)) {
      sum -= 0.5;
      if (sum <= 0) {
        sum = 0;
        start = -1;
      }
      continue;
    }
    gap++;
    sum -= (u.junk || u.bullet ? 1.5 : 1) * gap;
    if (sum <= 0) {
      sum = 0;
      start = -1;
    }
  }
  if (best.end < 0) return { start: 0, end: units.length - 1 };
  return { start: best.start, end: continueNumberedList(units, best.start, best.end) };
}

const NUMBERED_ITEM = /^(\d{1,3})[.)]\s+\S/;

/**
 * A numbered list the story holds or ends on ("1) ...", "2) ...") is the story to its last item,
 * though its items are too short to count as prose: the span runs on while the numbers follow one another.
 */
function continueNumberedList(units: Unit[], start: number, end: number): number {
  let last = -1;
  let number = 0;
  for (let i = start; i <= end; i++) {
    const m = NUMBERED_ITEM.exec(units[i].text);
    if (m && (number === 0 || +m[1] === number + 1)) {
      number = +m[1];
      last = i;
    }
  }
  // Or one that starts right after the story's last prose line ("...our list of the best." / "1) ...").
  if (last < 0) {
    for (let i = end + 1; i < units.length && i <= end + 2; i++) {
      if (NUMBERED_ITEM.exec(units[i].text)?.[1] === '1') {
        number = 1;
        last = i;
        break;
      }
    }
  }
  if (last < 0) return end;
  for (let i = last + 1; i < units.length && i <= last + 6; i++) {
    const u = units[i];
    if (isBreak(u)) break;
    const m = NUMBERED_ITEM.exec(u.text);
    if (m && +m[1] === number + 1) {
      number++;
      last = i;
    }
  }
  if (last <= end) return end;
  // The last item's own next line (its link or note), unless that is junk.
  const next = units[last + 1];
  return next && !next.junk && !NUMBERED_ITEM.test(next.text) && !isBreak(next) ? last + 1 : last;
}

// Sentences a site's template prints under every story: newsletter prompts, affiliate notes, terms of use.
const PROMOTION =
  /\b(?:subscribe to (?:our|the)|newsletters?|sign up (?:for|to|now)|(?:your|their) inbox|unsubscribe|privacy policy|terms of (?:service|use)|user agreement|affiliate (?:commission|link)|may not be reproduced|rights reserved)\b/i;

// A sign-up box's button ("SUBSCRIBE", "[ ]Sign Up", "[SIGN UP]") and the pitch around it ("Get breaking news alerts
// … delivered weekday mornings.", "Let our news meet your inbox.", "This site is protected by
// recaptcha"), wherever in the story the template sets it.
const SIGN_UP_BUTTON = /^(?:\[[^\]]*\]\s*)?\[?(?:subscribe|sign up|sign me up|abonnieren|jetzt anmelden|s'inscrire|je m'abonne)(?:\s+now)?[.!]?\]?$/i;
const SIGN_UP_PITCH = /\b(?:newsletters?|inbox|e-?mails?|alerts|delivered|unsubscribe|subscribe|sign up|recaptcha|privacy policy|terms of (?:service|use))\b/i;

/** Marks sign-up buttons and the short pitch lines within two lines of them as junk. */
function markSignUpBoxes(units: Unit[]): void {
  units.forEach((u, i) => {
    if (!SIGN_UP_BUTTON.test(u.text)) return;
    for (let j = Math.max(0, i - 2); j <= Math.min(units.length - 1, i + 2); j++) {
      if (j === i || (units[j].words <= 30 && SIGN_UP_PITCH.test(units[j].text))) {
        units[j].junk = true;
        units[j].prose = false;
      }
    }
  });
}

// A gallery slide's counter heading its caption: "• 2/50 Star Wars boosts economy".
const SLIDE_COUNTER = new RegExp(`^(?:${BULLET.source})?(\\d{1,3}) ?\\/ ?(\\d{1,3})\\b`, 'u');
// The lines a slide's caption and credit take below its counter.
const SLIDE_LINES = 3;

/**
 * Marks a gallery's slides as captions: counters of one total that count up one by one ("1/50", "2/50"),
 * each with the few lines below it. Galleries print long captions that read as prose, often more of it
 * than the story has; one "1/4 cup" in a recipe is no counter.
 */
function markGallerySlides(units: Unit[]): void {
  const counters = units.map((u) => SLIDE_COUNTER.exec(u.text));
  const found = counters.flatMap((m, i) => (m ? [i] : []));
  const follows = (a: RegExpExecArray | null, b: RegExpExecArray | null) => !!a && !!b && a[2] === b[2] && +b[1] === +a[1] + 1;
  const slides: number[] = [];
  found.forEach((i, k) => {
    const m = counters[i]!;
    if (+m[1] > +m[2]) return;
    const prev = slides.length ? counters[slides[slides.length - 1]] : null;
    const next = k + 1 < found.length ? counters[found[k + 1]] : null;
    if (follows(prev, m) || follows(m, next)) slides.push(i);
  });
  for (const [k, i] of slides.entries()) {
    // The last slide takes as many lines as the one before it.
    const next = slides[k + 1] ?? (k > 0 ? i + (i - slides[k - 1]) : units.length);
    const until = Math.min(next, i + 1 + SLIDE_LINES, units.length);
    for (let j = i; j < until; j++) {
      units[j].junk = true;
      units[j].prose = false;
    }
  }
}

/**
 * The story's end without the template sentences that close it (a newsletter prompt, an affiliate
 * note, the terms of use): promotion lines, and junk lines among them, at the tail.
 */
function withoutPromotionTail(units: Unit[], start: number, end: number): number {
  let kept = end;
  for (let i = end; i > start; i--) {
    if (PROMOTION.test(units[i].text)) kept = i - 1;
    else if (!units[i].junk) break;
  }
  return kept;
}

/**
 * A plain-text dump of a page: the story is the densest run of prose lines (maximum-sum span);
 * the headline and deck are the short lines right above it; bylines and junk lines go to boilerplate.
 */
export function parseTextDump(raw: string): TextDumpParse {
  const units = logicalLines(raw)
    .map(toUnit)
    .filter((u) => u.text.length > 0);
  markSignUpBoxes(units);
  markGallerySlides(units);
  // A line printed twice in a row is a picture's alternative text and its caption, not the story.
  for (let i = 0; i + 1 < units.length; i++) {
    if (units[i].text === units[i + 1].text && units[i].words >= 4 && units[i].words < 40) {
      for (const u of [units[i], units[i + 1]]) {
        u.junk = true;
        u.prose = false;
      }
    }
  }
  const run = densestProseRun(units);
  const bestStart = run.start;
  const bestEnd = withoutPromotionTail(units, run.start, run.end);
  // A line printed three times or more that is not a sentence is a template's (a teaser repeated in
  // each widget, share buttons under every picture); repeated sentences can be story text (an
  // interview asking each guest the same questions).
  const printed = new Map<string, number>();
  for (const u of units) printed.set(u.text, (printed.get(u.text) ?? 0) + 1);
  // Inside the story: captions, and widget lists that follow a section heading, are not story text.
  let inWidget = false;
  const role: Array<'body' | 'junk' | 'title' | 'subtitle' | 'byline' | 'date'> = units.map((u, i) => {
    if (u.prose) inWidget = false;
    else if (u.junk && isBreak(u)) inWidget = true;
    const inStory =
      i >= bestStart && i <= bestEnd && !u.junk && !inWidget && (u.prose || !isCaption(u.text)) && (printed.get(u.text)! < 3 || SENTENCE_END.test(u.text));
    return inStory ? 'body' : 'junk';
  });
  const authors: string[] = [];
  let dateLine: string | null = null;
  units.forEach((u, i) => {
    if (u.words <= 10 && BYLINE.test(u.text)) {
      const names = splitAuthorNames(u.text);
      if (names.length && (role[i] !== 'body' || i === bestStart || i === bestEnd || !u.prose)) {
        authors.push(...names);
        role[i] = 'byline';
      }
    } else if (role[i] !== 'body' && !dateLine && u.words <= 20 && i < bestStart && parseHumanDate(u.text)) {
      dateLine = u.text;
      role[i] = 'date';
    }
  });

  // Headline and deck: the heading-like lines immediately above the body.
  const headingLike: number[] = [];
  for (let i = bestStart - 1; i >= 0 && headingLike.length < 4; i--) {
    const u = units[i];
    if (role[i] === 'byline' || role[i] === 'date') continue;
    if (u.junk || u.bullet || isCaption(u.text)) {
      if (headingLike.length) break;
      continue;
    }
    if (u.words < 2 || u.words > 40) break;
    headingLike.unshift(i);
  }
  let title: string | null = null;
  let subtitle: string | null = null;
  if (headingLike.length >= 2) {
    const t = headingLike[headingLike.length - 2];
    const s = headingLike[headingLike.length - 1];
    title = units[t].text;
    subtitle = units[s].text;
    role[t] = 'title';
    role[s] = 'subtitle';
  } else if (headingLike.length === 1) {
    title = units[headingLike[0]].text;
    role[headingLike[0]] = 'title';
  }

  const paragraphs: string[] = [];
  const junkLines: string[] = [];
  const metaLines: string[] = [];
  let publisher: string | null = null;
  units.forEach((u, i) => {
    const r = role[i];
    if (r === 'body') {
      if (paragraphs[paragraphs.length - 1] !== u.text) paragraphs.push(u.text);
    } else if (r === 'junk') {
      junkLines.push(u.text);
      const m = u.text.match(PUBLISHER_NAME);
      if (m && !publisher) publisher = m[1];
    } else if (r === 'byline' || r === 'date') metaLines.push(u.text);
  });
  return { title, subtitle, authors: uniqueNames(authors), publisher, dateLine, paragraphs, boilerplate: [...junkLines, ...metaLines] };
}
