import { hashString } from '../util/hash';
import { DocContext } from './features';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_TITLE } from './token-info';

const LOC = typeCode('LOC');
const MISC = typeCode('MISC');
const OF = hashString('of');
/** Titles a ruler or a peer holds "of" a place: "King of Scotland", "Duke of Normandy", "Archbishop of Canterbury". */
const TITLES = new Set(
  [
    ...['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'duke', 'duchess', 'earl', 'countess'],
    ...['marquess', 'marquis', 'baron', 'baroness', 'sultan', 'emir', 'archbishop', 'bishop'],
  ].map(hashString),
);

/**
 * A name the tagger read as "Duke of Normandy" or "Earl of Essex" is the place after the title: CoNLL's
 * guidelines leave titles out of names, and its train and dev label such a phrase so 5 times of 5 outside
 * sport ("King of Scotland", "Emperor of Brazil", "Archbishop of Cape Town": the title and "of" nothing, the
 * place a place); the tagger, which met few of them, read the whole phrase as a place or, remembering the
 * county's cricket club, an organisation. Its other 3 such names are clubs and teams of sports pages ("Queen
 * of South"), so a document with a word of sport is left alone, as are MISC names (a work's title: "Lord
 * of the Rings").
 */
export function dropNobleTitles(ctx: DocContext, labels: Uint8Array): void {
  const { count, info } = ctx;
  if (ctx.sportsPage) return;
  for (const s of labelsToSpans(labels, 0, count)) {
    if (s.type === MISC || s.end - s.start < 3 || info.caseClass[s.start] !== CASE_TITLE || !TITLES.has(info.lower[s.start])) continue;
    if (info.lower[s.start + 1] !== OF || info.caseClass[s.start + 2] !== CASE_TITLE) continue;
    labels[s.start] = 0;
    labels[s.start + 1] = 0;
    markSpan(labels, s.start + 2, s.end, LOC);
  }
}
