// Publication dates from the many ways pages write them. All parsing returns ISO 8601 or null.

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // en, de, fr, es, it, pt, nl, pl (nominative and genitive), sv/da/no
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'styczeń', 'stycznia', 'sty', 'januari'],
  ['february', 'feb', 'februar', 'feber', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'luty', 'lutego', 'lut'],
  ['march', 'mar', 'märz', 'maerz', 'mrz', 'mars', 'marzo', 'março', 'maart', 'marzec', 'marca', 'mär'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'kwi'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwiec', 'czerwca', 'cze'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipiec', 'lipca', 'lip'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpień', 'sierpnia', 'sie'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'wrzesień', 'września', 'wrz'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'październik', 'października', 'paź'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'lis'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudzień', 'grudnia', 'gru'],
];
// Russian and Ukrainian genitive forms ("15 августа 2016").
[
  'января січня',
  'февраля лютого',
  'марта березня',
  'апреля квітня',
  'мая травня',
  'июня червня',
  'июля липня',
  'августа серпня',
  'сентября вересня',
  'октября жовтня',
  'ноября листопада',
  'декабря грудня',
].forEach((forms, i) => MONTH_NAMES[i].push(...forms.split(' ')));
// Written-out names only (abbreviations of these languages are words elsewhere), per month: cs (genitive
// and nominative), sk, hu, ro, tr, fi, el (genitive), id, ca, ar (two spellings), hi (two spellings).
// Names that mean different months in two languages are left out (Croatian "listopada" is October,
// Polish "listopada" November).
[
  'ledna leden januára január ianuarie ocak tammikuuta ιανουαρίου januari gener يناير जनवरी',
  'února únor februára február februarie şubat helmikuuta φεβρουαρίου februari febrer فبراير फ़रवरी फरवरी',
  'března březen marca március martie mart maaliskuuta μαρτίου maret març مارس मार्च',
  'dubna duben apríla április aprilie nisan huhtikuuta απριλίου abril أبريل ابريل अप्रैल',
  'května květen mája május mayıs toukokuuta μαΐου maig مايو मई',
  'června červen júna június iunie haziran kesäkuuta ιουνίου juny يونيو जून',
  'července červenec júla július iulie temmuz heinäkuuta ιουλίου juliol يوليو जुलाई',
  'srpna srpen augusta augusztus ağustos elokuuta αυγούστου agustus agost أغسطس اغسطس अगस्त',
  'září septembra szeptember septembrie eylül syyskuuta σεπτεμβρίου setembre سبتمبر सितंबर सितम्बर',
  'října říjen októbra október octombrie ekim lokakuuta οκτωβρίου أكتوبر اكتوبر अक्टूबर',
  'listopadu novembra noiembrie kasım marraskuuta νοεμβρίου نوفمبر नवंबर नवम्बर',
  'prosince prosinec decembra decembrie aralık joulukuuta δεκεμβρίου desember desembre ديسمبر दिसंबर दिसम्बर',
].forEach((forms, i) => MONTH_NAMES[i].push(...forms.split(' ')));
// More languages, written-out names per month (none of them another month's name elsewhere): sr/bs/sl
// Latin, hr genitive (not "listopada", above), lt genitive, lv nominative and locative, et, sr/mk/bg
// Cyrillic, ru nominative, th, ar (Levantine and Maghrebi names), he (alone and after ב, "in"), fa
// (Gregorian), bn. Multi-word names are separated by commas.
[
  'siječnja,sausio,janvāris,janvārī,jaanuar,јануар,јануари,януари,январь,มกราคม,كانون الثاني,جانفي,ינואר,בינואר,ژانویه,জানুয়ারি',
  'veljače,vasario,februāris,februārī,veebruar,фебруар,фебруари,февруари,февраль,กุมภาพันธ์,شباط,فيفري,פברואר,בפברואר,فوریه,ফেব্রুয়ারি',
  'marec,ožujka,kovo,marts,martā,märts,март,มีนาคม,آذار,מרץ,במרץ,মার্চ',
  'travnja,balandžio,aprīlis,aprīlī,aprill,април,апрель,เมษายน,نيسان,أفريل,אפריל,באפריל,آوریل,এপ্রিল',
  'svibnja,gegužės,maijs,maijā,мај,май,พฤษภาคม,أيار,ماي,מאי,במאי,مه,মে',
  'junij,lipnja,birželio,jūnijs,jūnijā,juuni,јун,јуни,юни,июнь,มิถุนายน,حزيران,جوان,יוני,ביוני,ژوئن,জুন',
  'julij,srpnja,liepos,jūlijs,jūlijā,juuli,јул,јули,юли,июль,กรกฎาคม,تموز,جويلية,يوليوز,יולי,ביולי,ژوئیه,জুলাই',
  'avgust,kolovoza,rugpjūčio,augusts,augustā,август,สิงหาคม,آب,أوت,غشت,אוגוסט,באוגוסט,اوت,আগস্ট',
  'septembar,rujna,rugsėjo,septembris,septembrī,септембар,септември,сентябрь,กันยายน,أيلول,شتنبر,ספטמבר,בספטמבר,سپتامبر,সেপ্টেম্বর',
  'oktobar,spalio,oktobris,oktobrī,oktoober,октобар,октомври,октябрь,ตุลาคม,تشرين الأول,אוקטובר,באוקטובר,اکتبر,অক্টোবর',
  'novembar,studenoga,lapkričio,novembris,novembrī,новембар,ноември,ноябрь,พฤศจิกายน,تشرين الثاني,نونبر,נובמבר,בנובמבר,نوامبر,নভেম্বর',
  'decembar,prosinca,gruodžio,decembris,decembrī,detsember,децембар,декември,декабрь,ธันวาคม,كانون الأول,دجنبر,דצמבר,בדצמבר,دسامبر,ডিসেম্বর',
].forEach((forms, i) => MONTH_NAMES[i].push(...forms.split(',')));
// And: ms, sw, tl, uk and el nominative, ur, mr, sq, az/uz, ta (names another language already lists
// for the same month are not repeated).
[
  'січень,ιανουάριος,جنوری,जानेवारी,janar,yanvar,ஜனவரி',
  'pebrero,лютий,φεβρουάριος,فروری,फेब्रुवारी,shkurt,fevral,பிப்ரவரி',
  'mac,machi,marso,березень,μάρτιος,مارچ,மார்ச்',
  'aprili,квітень,απρίλιος,اپریل,एप्रिल,prill,aprel,ஏப்ரல்',
  'травень,μάιος,مئی,मे,மே',
  'hunyo,червень,ιούνιος,جون,qershor,iyun,ஜூன்',
  'julai,hulyo,липень,ιούλιος,جولائی,जुलै,korrik,iyul,ஜூலை',
  'ogos,agosti,серпень,αύγουστος,اگست,ऑगस्ट,gusht,avqust,ஆகஸ்ட்',
  'septemba,setyembre,вересень,σεπτέμβριος,ستمبر,सप्टेंबर,shtator,sentyabr,sentabr,செப்டம்பர்',
  'oktoba,oktubre,жовтень,οκτώβριος,اکتوبر,ऑक्टोबर,tetor,oktyabr,oktabr,அக்டோபர்',
  'novemba,nobyembre,листопад,νοέμβριος,نومبر,नोव्हेंबर,nëntor,noyabr,நவம்பர்',
  'disember,desemba,disyembre,грудень,δεκέμβριος,دسمبر,डिसेंबर,dhjetor,dekabr,டிசம்பர்',
].forEach((forms, i) => MONTH_NAMES[i].push(...forms.split(',')));
// And: is, ka, hy (nominative and genitive, "4 մայիսի 2020"), kk, be, eu (genitive, "2020ko maiatzaren
// 4a"), kn, te, ml, gu, pa (with ਫ਼ composed and not), and Thai abbreviations ("4 พ.ค. 2563").
[
  'janúar,იანვარი,հունվար,հունվարի,қаңтар,студзеня,urtarrilaren,ಜನವರಿ,జనవరి,ജനുവരി,જાન્યુઆરી,ਜਨਵਰੀ,ม.ค.',
  'febrúar,თებერვალი,փետրվար,փետրվարի,ақпан,лютага,otsailaren,ಫೆಬ್ರವರಿ,ఫిబ్రవరి,ഫെബ്രുവരി,ફેબ્રુઆરી,ਫ਼ਰਵਰੀ,ਫ਼ਰਵਰੀ,ก.พ.',
  'მარტი,մարտ,մարտի,наурыз,сакавіка,martxoaren,ಮಾರ್ಚ್,మార్చి,മാർച്ച്,માર્ચ,ਮਾਰਚ,มี.ค.',
  'apríl,აპრილი,ապրիլ,ապրիլի,сәуір,красавіка,apirilaren,ಏಪ್ರಿಲ್,ఏప్రిల్,ഏപ്രിൽ,એપ્રિલ,ਅਪ੍ਰੈਲ,เม.ย.',
  'maí,მაისი,մայիս,մայիսի,мамыр,траўня,maiatzaren,ಮೇ,మే,മേയ്,ਮਈ,พ.ค.',
  'júní,ივნისი,հունիս,հունիսի,маусым,чэрвеня,ekainaren,ಜೂನ್,జూన్,ജൂൺ,જૂન,ਜੂਨ,มิ.ย.',
  'júlí,ივლისი,հուլիս,հուլիսի,шілде,ліпеня,uztailaren,ಜುಲೈ,జూలై,ജൂലൈ,જુલાઈ,ਜੁਲਾਈ,ก.ค.',
  'ágúst,აგვისტო,օգոստոս,օգոստոսի,тамыз,жніўня,abuztuaren,ಆಗಸ್ಟ್,ఆగస్టు,ഓഗസ്റ്റ്,ઑગસ્ટ,ਅਗਸਤ,ส.ค.',
  'სექტემბერი,սեպտեմբեր,սեպտեմբերի,қыркүйек,верасня,irailaren,ಸೆಪ್ಟೆಂಬರ್,సెప్టెంబర్,സെപ്റ്റംബർ,સપ્ટેમ્બર,ਸਤੰਬਰ,ก.ย.',
  'október,ოქტომბერი,հոկտեմբեր,հոկտեմբերի,қазан,кастрычніка,urriaren,ಅಕ್ಟೋಬರ್,అక్టోబర్,ഒക്ടോബർ,ઑક્ટોબર,ਅਕਤੂਬਰ,ต.ค.',
  'nóvember,ნოემბერი,նոյեմբեր,նոյեմբերի,қараша,лістапада,azaroaren,ನವೆಂಬರ್,నవంబర్,നവംബർ,નવેમ્બર,ਨਵੰਬਰ,พ.ย.',
  'დეკემბერი,դեկտեմբեր,դեկտեմբերի,желтоқсан,снежня,abenduaren,ಡಿಸೆಂಬರ್,డిసెంబర్,ഡിസംബർ,ડિસેમ્બર,ਦਸੰਬਰ,ธ.ค.',
].forEach((forms, i) => MONTH_NAMES[i].push(...forms.split(',')));

/**
 * A month name as MONTHS keys it: lower case, Turkish dotless and dotted i as plain i ("MAYIS" and
 * "mayıs" are one name; JavaScript lower-cases "EKİM" to "eki̇m", and "MAYIS" to "mayis").
 */
function monthKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/\u0307/g, '');
}

MONTH_NAMES.forEach((names, i) =>
  names.map(monthKey).forEach((n) => {
    // One name, one month: a name shared by two months would date pages wrongly in one language.
    if (Object.hasOwn(MONTHS, n) && MONTHS[n] !== i + 1) throw new Error(`month name "${n}" is listed for months ${MONTHS[n]} and ${i + 1}`);
    MONTHS[n] = i + 1;
  }),
);
const monthOf = (written: string) => MONTHS[monthKey(written)];
// Thai months go with Buddhist Era years (2563 = 2020).
const THAI_MONTH = /^[\u0e00-\u0e7f]/;
const BUDDHIST_ERA_OFFSET = 543;
const byLength = (a: string, b: string) => b.length - a.length;
// Thai abbreviations hold full stops.
const asPattern = (names: string[]) =>
  names
    .sort(byLength)
    .map((n) => n.replace(/\./g, '\\.'))
    .join('|');
const MONTH_ALT = asPattern(Object.keys(MONTHS));
const MONTH_FULL_ALT = asPattern(Object.keys(MONTHS).filter((n) => n.length >= 4 || n === 'mai'));

/** Whether a word is a month's name or abbreviation in one of the languages above ("April", "Dez."). */
export function isMonthName(word: string): boolean {
  const key = monthKey(word);
  return Object.hasOwn(MONTHS, key) || Object.hasOwn(MONTHS, key.replace(/\.$/, ''));
}

const MIN_YEAR = 1990;
function maxYear(): number {
  return new Date().getUTCFullYear() + 1;
}

/** A number of one or two digits in two ("07"). */
export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** YYYY-MM-DD when the parts make a real calendar day in a plausible range. */
export function isoDay(y: number, m: number, d: number): string | null {
  if (y < 100) y += y < 50 ? 2000 : 1900;
  // Written so that a month or day that is not a number (NaN, undefined) fails too.
  if (!(y >= MIN_YEAR && y <= maxYear() && m >= 1 && m <= 12 && d >= 1)) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\b/;

/** A machine-readable date (meta content, JSON-LD, datetime attribute) as ISO 8601; keeps time and zone when given. */
export function parseMachineDate(value: string | undefined | null, order: NumericDateOrder = 'month-first'): string | null {
  if (!value) return null;
  const v = value.trim();
  let m = v.match(ISO);
  // A four-digit year below 1000 is a placeholder ("0001-01-01"), not 2001.
  if (m && +m[1] < 1000) return null;
  if (m) {
    const day = isoDay(+m[1], +m[2], +m[3]);
    if (!day) return null;
    if (m[4] === undefined) return day;
    let zone = m[7] ?? '';
    if (zone && zone !== 'Z' && !zone.includes(':')) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${day}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  m = v.match(COMPACT);
  if (m) return +m[1] < 1000 ? null : isoDay(+m[1], +m[2], +m[3]);
  return parseHumanDate(v, order);
}

// Inline elements run together ("Research7 April 2020"): a number may follow a letter directly.
// "4 de mayo de 2020", Catalan "4 d'abril de 2020", "4th of May 2020", "4-May-2020".
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?[\\s-]*(?:de\\s+|d['’]\\s*|of\\s+)?(${MONTH_ALT})\\.?,?[\\s-]*(?:del?\\s+)?(\\d{4})\\b`,
  'iu',
);
// "04-May-20": a two-digit year set off by hyphens is never an hour or a count.
const HYPHENATED_SHORT_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})-(${MONTH_ALT})-(\\d{2})(?!\\d|:\\d)`, 'iu');
// A two-digit year only after a month written out ("14 Gennaio 20"), never an hour ("5. Mai, 19 Uhr")
// and never a short name that is also a word ("7 out 10").
const DAY_MONTH_SHORT_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s*(${MONTH_FULL_ALT})\\s+(\\d{2})(?![:.,]?\\d|\\s*(?:uhr|h|am|pm|hrs?)\\b)\\b`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
// Year first with the month written out: Hungarian "2020. március 5.", "2020 May 5".
// Lithuanian marks the year: "2020 m. gegužės 4 d.".
// Basque marks it too: "2020ko maiatzaren 4a".
const YEAR_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4})(?:\\.?(?:\\s*m\\.)?|e?ko)\\s+(${MONTH_FULL_ALT})\\s+(\\d{1,2})(?!\\d)`, 'iu');
// Year, day, month: Latvian "2020. gada 4. maijā", Kazakh "2020 жылғы 4 мамыр".
const YEAR_DAY_MONTH = new RegExp(`(?<!\\d)(\\d{4})\\.?\\s*(?:gada|жылғы|жылы)\\s+(\\d{1,2})\\.?\\s*(${MONTH_FULL_ALT})`, 'iu');
// Mongolian numbers its months: "2020 оны 5 сарын 4" (also "5-р сарын").
const MONGOLIAN_DATE = /(?<!\d)(\d{4})\s*оны\s+(\d{1,2})(?:\s*-\s*р)?\s*сарын\s+(\d{1,2})(?!\d)/u;
const NUMERIC_DMY = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b/;
// Korean spaces its dots: "2020. 5. 4.".
const NUMERIC_YMD = /\b(\d{4})(?:[-/.]|\. )(\d{1,2})(?:[-/.]|\. )(\d{1,2})\b/;
// "04/05/2020", "04-05-2020": the order of day and month is the page's (numericDateOrder).
const NUMERIC_YEAR_LAST = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/;

/** How a page writes an all-numeric date with the year last: "04/05/2020" is 5 April in the US, 4 May elsewhere. */
export type NumericDateOrder = 'month-first' | 'day-first';

// Regions that write the month first (CLDR's short date patterns; Canada's pages use both orders),
// and Tagalog, the one other language that does.
const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'ca', 'fm', 'mh', 'pw', 'gu', 'as', 'pr', 'vi', 'um', 'mp']);
const MONTH_FIRST_LANGUAGES = new Set(['tl']);

/**
 * The order of the page's language (and region, where a declared tag names one): English without
 * a region, as US templates declare it, and a page of unknown language keep month first; nearly
 * every other language writes the day first.
 */
export function numericDateOrder(language: string | null, declared: Array<string | null | undefined> = []): NumericDateOrder {
  if (!language) return 'month-first';
  if (language !== 'en') return MONTH_FIRST_LANGUAGES.has(language) ? 'month-first' : 'day-first';
  const region = declared
    .map(
      (tag) =>
        tag
          ?.trim()
          .toLowerCase()
          .match(/^en[-_]([a-z]{2})\b/)?.[1],
    )
    .find((r) => r);
  return !region || MONTH_FIRST_REGIONS.has(region) ? 'month-first' : 'day-first';
}

// Chinese and Japanese (年月日) and Korean (년월일).
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
// Japanese era years (令和2年 = 2020, 元年 its first) and Taiwan's Minguo years (民國109年, or a
// three-digit year: 109年 = 2020).
const ERA_DATE = /(令和|平成|民國|民国)?\s*(?<!\d)(\d{1,3}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 民國: 1911, 民国: 1911 };
function eraYear(era: string | undefined, written: string): number {
  const n = written === '元' ? 1 : +written;
  if (era) return ERA_START[era] + n;
  return written.length === 3 ? ERA_START['民國'] + n : NaN;
}
// Vietnamese: "ngày 4 tháng 5 năm 2020", "4 tháng 5, 2020" (day, month, year).
const VIETNAMESE_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+năm\s+)(\d{4})\b/iu;
// Persian dates in the Solar Hijri calendar ("۱۵ اردیبهشت ۱۳۹۹"), converted to the Gregorian day.
const JALALI_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const JALALI_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${[...JALALI_MONTHS].sort(byLength).join('|')})\\s+(1[34]\\d{2})(?!\\d)`, 'u');
// Digits of other scripts (Arabic-Indic, Persian, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer)
// and full-width forms ("２０２０／５／４"), one for one (lengths and indexes stay); the Turkish dotted and
// dotless i as I and i, so that "EKİM" and "MAYIS" match month names case-insensitively.
const DIGIT_ZEROS = [0x17e0, 0x1040, 0x0f20, 0x0ed0, 0x0e50, 0x0d66, 0x0ce6, 0x0c66, 0x0be6, 0x0b66, 0x0ae6, 0x0a66, 0x09e6, 0x0966, 0x06f0, 0x0660];
const OTHER_CHARACTERS = new RegExp(
  `[${DIGIT_ZEROS.map((zero) => `\\u${zero.toString(16).padStart(4, '0')}-\\u${(zero + 9).toString(16).padStart(4, '0')}`).join('')}\\uff01-\\uff5eİı]`,
  'g',
);
const asAscii = (c: string) => {
  if (c === 'İ') return 'I';
  if (c === 'ı') return 'i';
  const code = c.charCodeAt(0);
  if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
  return String(code - DIGIT_ZEROS.find((zero) => code >= zero)!);
};

/** The Gregorian day of a Solar Hijri date (the arithmetic of the jalaali calendar, years 1300-1499). */
export function jalaliToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
  const y = jy + 1595;
  let days = -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    days--;
    gy += 100 * Math.floor(days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  let gd = days + 1;
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  while (gm < 12 && gd > monthDays[gm]) gd -= monthDays[gm++];
  return [gy, gm + 1, gd];
}

/** The year of a day-month-year match: a Thai month's Buddhist Era year as the common era's. */
function yearWith(monthName: string, written: string): number {
  return THAI_MONTH.test(monthName) && +written > 2400 ? +written - BUDDHIST_ERA_OFFSET : yearOf(written);
}

// A year written with four digits below 1000 is a placeholder (.NET's "1/1/0001", "01.01.0001"): no day
// at all, where a two-digit "0001" would otherwise read as 2001.
const yearOf = (written: string) => (written.length === 4 && +written < 1000 ? Infinity : +written);

const TWO_DIGITS = /\d\D*\d/;

/** A date as people write it ("19 November 2019", "Nov. 19, 2019", "19.11.2019", "2019/11/19"). */
export function parseHumanDate(text: string, order: NumericDateOrder = 'month-first'): string | null {
  return findHumanDate(text, order)?.iso ?? null;
}

/**
 * The first date written in the text, tried format by format, with where it starts. An all-numeric
 * date that reads both ways ("04/05/2020") is read in the page's order; one that reads only one way
 * ("13/05/2020") is read that way.
 */
export function findHumanDate(text: string, order: NumericDateOrder = 'month-first'): { iso: string; index: number } | null {
  const t = text.slice(0, 400).replace(OTHER_CHARACTERS, asAscii);
  // Every form below writes at least two digits (a day or month, and a year): most texts have none.
  if (!TWO_DIGITS.test(t)) return null;
  let m = t.match(NUMERIC_YMD);
  let d: string | null;
  if (m && +m[1] >= 1000 && (d = isoDay(+m[1], +m[2], +m[3]))) return { iso: d, index: m.index! };
  m = t.match(DAY_MONTH_YEAR);
  if (m && (d = isoDay(yearWith(m[2], m[3]), monthOf(m[2]), +m[1]))) return { iso: d, index: m.index! };
  m = t.match(MONTH_DAY_YEAR);
  if (m && (d = isoDay(yearOf(m[3]), monthOf(m[1]), +m[2]))) return { iso: d, index: m.index! };
  m = t.match(YEAR_MONTH_DAY);
  if (m && (d = isoDay(yearOf(m[1]), monthOf(m[2]), +m[3]))) return { iso: d, index: m.index! };
  m = t.match(NUMERIC_DMY);
  if (m && (d = isoDay(yearOf(m[3]), +m[2], +m[1]))) return { iso: d, index: m.index! };
  m = t.match(YEAR_DAY_MONTH);
  if (m && (d = isoDay(yearOf(m[1]), monthOf(m[3]), +m[2]))) return { iso: d, index: m.index! };
  m = t.match(MONGOLIAN_DATE);
  if (m && (d = isoDay(+m[1], +m[2], +m[3]))) return { iso: d, index: m.index! };
  m = t.match(CJK_DATE);
  if (m && (d = isoDay(+m[1], +m[2], +m[3]))) return { iso: d, index: m.index! };
  m = t.match(ERA_DATE);
  if (m && (d = isoDay(eraYear(m[1], m[2]), +m[3], +m[4]))) return { iso: d, index: m.index! };
  m = t.match(VIETNAMESE_DATE);
  if (m && (d = isoDay(+m[3], +m[2], +m[1]))) return { iso: d, index: m.index! };
  m = t.match(JALALI_DATE);
  if (m && (d = isoDay(...jalaliToGregorian(+m[3], JALALI_MONTHS.indexOf(m[2]) + 1, +m[1])))) return { iso: d, index: m.index! };
  m = t.match(DAY_MONTH_SHORT_YEAR);
  if (m && (d = isoDay(yearOf(m[3]), monthOf(m[2]), +m[1]))) return { iso: d, index: m.index! };
  m = t.match(HYPHENATED_SHORT_YEAR);
  if (m && (d = isoDay(yearOf(m[3]), monthOf(m[2]), +m[1]))) return { iso: d, index: m.index! };
  m = t.match(NUMERIC_YEAR_LAST);
  if (m) {
    const [month, day] = order === 'month-first' ? [+m[1], +m[3]] : [+m[3], +m[1]];
    // The other order only where the page's gives no day ("13/05/2020" on a US page).
    if ((d = isoDay(yearOf(m[4]), month, day) ?? isoDay(yearOf(m[4]), day, month))) return { iso: d, index: m.index! };
  }
  return null;
}

const URL_DATE = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/;
const URL_DATE_SEP = /[/_-]((?:19|20)\d{2})([/_-])(\d{1,2})\2(\d{1,2})(?:[/_.-]|$)/;

/** /2019/11/19/ or /2019-11-19- style dates in a URL path. */
export function dateFromUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep as is */
  }
  const m = path.match(URL_DATE_SEP);
  if (m) return isoDay(+m[1], +m[3], +m[4]);
  const c = path.match(URL_DATE);
  return c ? isoDay(+c[1], +c[2], +c[3]) : null;
}

// "Datum: 19.11.2021", "Erschienen am: 01.11.2023", "Published on 3 May 2020": a date under a label.
// "Letzte Änderung: 14.01.2022", "last updated on ...": the only date some pages print.
const UPDATED_LABEL =
  /(?:^|[\s|•(])(?:letzte änderung|zuletzt (?:geändert|aktualisiert|bearbeitet)(?: am)?|zuletzt am|aktualisiert(?: am)?|stand|last (?:updated|modified|edited)(?: on)?|updated(?: on)?|mis à jour le)(?!\p{L})\s*:?\s*/iu;

/** A date introduced by an update label, anywhere in a short line. */
export function updatedDate(text: string, order: NumericDateOrder = 'month-first'): string | null {
  return dateAfterLabel(UPDATED_LABEL, text, order);
}

const LABELLED_DATE =
  /(?:^|[\s|•(])(?:datum|erschienen(?: am)?|veröffentlicht(?: am)?|publiziert(?: am)?|published(?: on)?|posted(?: on)?|publié le|publicado(?: el)?|pubblicato(?: il)?|date(?: de publication)?|opublikowano)(?!\p{L})\s*:?\s*/iu;

/** A publication date introduced by a label, anywhere in a short line. */
export function labelledDate(text: string, order: NumericDateOrder = 'month-first'): string | null {
  return dateAfterLabel(LABELLED_DATE, text, order);
}

/** The date written right after the label's first match in a short line. */
function dateAfterLabel(label: RegExp, text: string, order: NumericDateOrder): string | null {
  const m = label.exec(text.slice(0, 300));
  if (!m) return null;
  return parseHumanDate(text.slice(m.index + m[0].length, m.index + m[0].length + 60), order);
}
