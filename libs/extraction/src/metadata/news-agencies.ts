// News agencies as credits: a wire story is credited to its agency ("dpa/lno", "APA/AP", "FR mit dpa",
// "JIJI"), with an editor's or a regional desk's code beside it. Labels keep such a credit whole, so it
// is one author, never split at its slash.

/** Agencies' short names, lower case: the world's wire services and the larger national ones. */
const AGENCIES = new Set(
  (
    'dpa ap afp reuters rtr apa kna epd sid sda ats ansa efe kyodo jiji xinhua dapd ddp upi tass itar-tass ria ' +
    'yonhap aap belga anp lusa pap ctk čtk mti ians pti ani bernama antara awp ots keystone-sda afx dj ' +
    'bloomberg'
  ).split(' '),
);

/** Whether one word is an agency's short name ("dpa", "AP", "Reuters"). */
export const isAgencyName = (word: string): boolean => AGENCIES.has(word.toLowerCase());

// Codes joined by slashes ("dpa/lno", "APA/AP", "det/dpa"), or a paper's credit with an agency's
// ("FR mit dpa"; not "and", which the scorer's labels split at).
const SLASHED = /^\p{L}[\p{L}-]{0,11}(?:\s*\/\s*\p{L}[\p{L}-]{0,11})+$/u;
const JOINED = /^(\S+(?:\s\S+)?)\s+(?:mit|with|avec|con)\s+(\S+(?:\s\S+)?)$/iu;

/** Agency codes joined by slashes, which the name splitter keeps whole ("dpa/lno" is one credit, not two names). */
export function isSlashedAgencyCredit(credit: string): boolean {
  const s = credit.trim();
  return SLASHED.test(s) && s.split('/').some((part) => isAgencyName(part.trim()));
}

/** Whether a credit names a news agency: an agency alone, agency codes joined by slashes, or a paper "mit dpa". */
export function isAgencyCredit(credit: string): boolean {
  const s = credit.trim();
  if (isAgencyName(s) || isSlashedAgencyCredit(s)) return true;
  const joined = s.match(JOINED);
  return !!joined && [joined[1], joined[2]].some((part) => part.split(/[\s/]+/).some(isAgencyName));
}
