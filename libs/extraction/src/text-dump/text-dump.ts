import { normaliseInline } from '../normalise/normalise-text';
import { isJunkLine } from '../html/junk-phrases';
import { splitAuthorNames, uniqueNames } from '../metadata/authors';
import { parseHumanDate } from '../metadata/dates';

export interface TextDumpParse {
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publisher: string | null;
  publishedAt: string | null;
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
const BYLINE = /^(?:by|von|par|por|door|av|przez|written by|text:?)\s+\p{Lu}/iu;
// Newspaper nouns: a junk line starting with a capitalised name ending in one of these names the publisher.
const PUBLISHER_NAME = /^((?:The\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}(?:Herald|Times|Post|News|Journal|Tribune|Gazette|Telegraph|Guardian|Chronicle|Observer|Daily|Mail|Express|Standard|Independent|Review|Today|Weekly|Press|Record|Courier|Star|Mirror|Monitor|Examiner|Inquirer|Bulletin|Dispatch|Register|Sentinel|Zeitung|Rundschau|Nachrichten|Tagblatt|Kurier|Allgemeine|Presse|Gazeta|Corriere|Repubblica))\b/u;
const WRAP_WIDTH_MAX = 120;

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(' ')) if (/[\p{L}\p{N}]/u.test(w)) n++;
  // Scripts without spaces: count characters in pairs so prose still weighs.
  const cjk = s.match(/[\u3040-\u9fff\uac00-\ud7af]/g);
  if (cjk && cjk.length > n) n = Math.ceil(cjk.length / 2);
  return n;
}

/** w3m-style dumps wrap paragraphs at a fixed width: join lines that reach the margin. */
function logicalLines(raw: string): string[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/, ''));
  let width = 0;
  for (const l of lines) if (l.length > width) width = l.length;
  const wrapped = width >= 50 && width <= WRAP_WIDTH_MAX;
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
    acc = acc ? `${acc} ${t}` : t;
    const next = lines[i + 1];
    const continues = wrapped && line.length >= width - 22 && next !== undefined && next.trim() !== '' && !BULLET.test(next.trim());
    if (!continues) {
      out.push(acc);
      acc = '';
    }
  }
  if (acc) out.push(acc);
  return out.filter((l) => l !== '');
}

function toUnit(raw: string): Unit {
  const text = normaliseInline(raw);
  const bullet = BULLET.test(text);
  const withoutBrackets = text.replace(/\[[^\]]*\]/g, '').replace(BULLET, '').trim();
  const junk = withoutBrackets.length < 2 || isJunkLine(text);
  const words = wordCount(text);
  const prose = !junk && words >= 8 && (SENTENCE_END.test(text) || words >= 30) && !(bullet && words < 15);
  return { text, words, bullet, junk, prose };
}

/** Value of a line for the body span: prose adds its words, anything else costs. */
function spanValue(u: Unit): number {
  if (u.prose) return u.words;
  if (u.junk) return -4;
  return -Math.max(2, Math.min(u.words, 10));
}

/**
 * A plain-text dump of a page: the story is the densest run of prose lines (maximum-sum span);
 * the headline and deck are the short lines right above it; bylines and junk lines go to boilerplate.
 */
export function parseTextDump(raw: string): TextDumpParse {
  const units = logicalLines(raw).map(toUnit).filter((u) => u.text.length > 0);
  // Maximum-sum contiguous span (Kadane).
  let bestStart = 0;
  let bestEnd = -1;
  let best = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < units.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += spanValue(units[i]);
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  if (bestEnd < 0) {
    // No prose at all: keep every line that is not junk.
    bestStart = 0;
    bestEnd = units.length - 1;
  }

  const role: Array<'body' | 'junk' | 'title' | 'subtitle' | 'byline' | 'date'> = units.map((u, i) =>
    i >= bestStart && i <= bestEnd && !u.junk ? 'body' : 'junk',
  );
  const authors: string[] = [];
  let publishedAt: string | null = null;
  units.forEach((u, i) => {
    if (u.words <= 10 && BYLINE.test(u.text)) {
      const names = splitAuthorNames(u.text);
      if (names.length && (role[i] !== 'body' || i === bestStart || i === bestEnd || !u.prose)) {
        authors.push(...names);
        role[i] = 'byline';
      }
    } else if (role[i] !== 'body' && !publishedAt && u.words <= 20 && i < bestStart) {
      const d = parseHumanDate(u.text);
      if (d) {
        publishedAt = d;
        role[i] = 'date';
      }
    }
  });

  // Headline and deck: the heading-like lines immediately above the body.
  const headingLike: number[] = [];
  for (let i = bestStart - 1; i >= 0 && headingLike.length < 4; i--) {
    const u = units[i];
    if (role[i] === 'byline' || role[i] === 'date') continue;
    if (u.junk || u.bullet) {
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
  return { title, subtitle, authors: uniqueNames(authors), publisher, publishedAt, paragraphs, boilerplate: [...junkLines, ...metaLines] };
}
