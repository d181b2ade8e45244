// Short lines that are page furniture in any site's template: ad labels, share prompts, "read more" links.
// Matched against a whole (short) line, case-insensitively; several languages since pages are multilingual.
const JUNK_LINE = new RegExp(
  '^(?:' +
    [
      'advertisements?',
      'adverts?',
      'ad',
      'sponsored(?: content)?',
      'anzeige',
      'werbung',
      'publicit[ée]',
      'pubblicit[àa]',
      'reklama',
      'read (?:more|next|also|the full story)\\b.*',
      'continue reading\\b.*',
      'weiterlesen',
      'mehr (?:zum thema|lesen)\\b.*',
      'lire (?:aussi|la suite)\\b.*',
      'see also\\b.*',
      'also read\\b.*',
      'related(?: articles?| stories| posts| news)?:?',
      'share(?: this)?(?: article| story| post| on \\w+)?:?',
      'teilen',
      'partager',
      'tweet',
      'email',
      'e-mail',
      'print',
      'drucken',
      'facebook',
      'twitter',
      'whatsapp',
      'linkedin',
      'pinterest',
      'reddit',
      'telegram',
      'copy link',
      'follow us\\b.*',
      'sign up\\b.*',
      'subscribe\\b.*',
      'newsletter',
      'click here\\b.*',
      'back to top',
      'nach oben',
      'skip to (?:main )?content',
      'menu',
      'men[üu]',
      'search',
      'suche',
      'home',
      'close',
      'schlie(?:ß|ss)en',
      'next',
      'previous',
      'zur[üu]ck',
      'vor',
      'tags?:.*',
      'topics?:.*',
      'schlagw[öo]rter:.*',
      'filed under:?.*',
      'posted in:?.*',
      'categor(?:y|ies):.*',
      'kategorie(?:n)?:.*',
      '\\d* ?comments?',
      '\\d* ?kommentare?',
      'leave a (?:comment|reply)',
      'add comment',
      'kommentar schreiben',
      'loading\\.*',
      'image(?: \\d+)?(?: of ?/? ?\\d*)?',
      // A gallery's controls: "1 / 12" (spaced: "23/16" in a table is data), "Caption", "Back to gallery".
      '\\d{1,3} / \\d{1,3}',
      'caption',
      'back to gallery',
      'photo:.*',
      'image:.*',
      'foto:.*',
      'bild:.*',
      '(?:photo|image|picture) credit:?.*',
      '©.*',
      'copyright\\b.*',
      'all rights reserved\\.?',
      'alle rechte vorbehalten\\.?',
      'getty images',
      'ap photo.*',
      'top',
      'more',
      'mehr',
      'view (?:comments|gallery)',
      'listen(?: to this article)?',
      'watch:?',
      'video',
      'play',
      'audio',
      'cookies?',
      'accept(?: all)?(?: cookies)?',
      '(?:anzeige|werbung|advertisement|publicidad)\\b.{0,60}',
      '(?:titelbild|beitragsbild|featured image|header image)s?:.*',
      'alle angaben ohne gewähr\\.?',
      'markiert mit:?',
      '(?:weitere|mehr) (?:beiträge|artikel|kolumnen|news|nachrichten)\\b.*',
      '(?:more|other) (?:stories|articles|posts|columns) (?:from|by|in|on)\\b.*',
      'tagged(?: with)?:?.*',
      'related topics:?.*',
      'bild anzeigen',
      'show (?:image|more|less)',
      'vorschau auf den nächsten artikel',
      'empfohlene beiträge',
    ].join('|') +
    ')$',
  'i',
);

// A teaser link set inside a story under a label: "READ MORE: China plague outbreak confirmed: Two
// diagnosed…", "Lesen Sie auch: …". A headline, however long, never a sentence of the story.
const TEASER_LINE =
  /^(?:read (?:more|also|next)|see also|also read|related|more|watch|don'?t miss|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|à lire aussi|lea también|leia também|leggi anche)\s*[:»›|]\s*\S.{0,200}$/i;
const SENTENCE_ENDING = /[.!?]["”’»)]?$/u;

/** True for a short line that is template furniture wherever it appears. */
export function isJunkLine(line: string): boolean {
  const s = line
    .trim()
    .replace(/[\s|•·»›>:]+$/u, '')
    .replace(/^[\s|•·«‹<]+/u, '');
  if (s.length === 0) return true;
  if (TEASER_LINE.test(s) && !SENTENCE_ENDING.test(s)) return true;
  if (s.length > 80) return false;
  return JUNK_LINE.test(s);
}

// A server's error output printed into the page ("Warning: Creating default object from empty value in
// /www/wp-includes/classes.php on line 407"): never story text, however long.
const SERVER_DIAGNOSTIC = /^(?:warning|notice|deprecated|strict standards|(?:catchable )?fatal error|parse error)\s*:.+\bon line \d+\s*$/i;

/** True for a line of PHP's error output. */
export function isServerDiagnostic(line: string): boolean {
  return line.length < 600 && SERVER_DIAGNOSTIC.test(line.trim());
}

// Notices a site prints around any story, in its own voice, never part of it: an affiliate disclosure
// ("… we may earn a commission"), the story's age ("This article is more than 2 years old") and a
// newsletter's sign-up prompt ("Get Data Sheet, Fortune's technology newsletter"; short, so a sentence
// of the story that mentions a newsletter is not one).
const SITE_NOTICE =
  /\b(?:may|might|could|will|can) (?:earn|get|receive|make) (?:a |an )?(?:small |affiliate )?commission\b|(?:this|the) (?:article|story|post) is (?:more|older) than (?:\d+|one|two|three|four|five|a) (?:years?|months?)\b|\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram|linkedin|x)\b/i;
const NEWSLETTER = /newsletter/i;
const SIGN_UP = /\b(?:sign(?:ing)? up|subscribe|inbox|receive|join)\b/i;
// The prompt speaks to the reader, or tells them what to do; a story's sentence about a newsletter does not.
const TO_THE_READER = /\b(?:you|your|our)\b|(?:^|[.!?]\s+)(?:sign up|subscribe|get|join)\b/i;

// The placeholder of an embed that waits for the reader's consent ("Wir respektieren deine Privatsphäre und
// stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her", "Click to load content from
// YouTube … privacy policy"): privacy or consent, the platform or "external content", and loading or
// connecting it, in one short notice.
const PRIVACY =
  /privatsphäre|datenschutz|einverständnis|einwilligung|zustimm|privacy|consent|cookies?\b|confidentialité|consentement|privacidad|consentimiento/i;
const EMBEDDED =
  /\b(?:twitter|youtube|instagram|facebook|tiktok|vimeo|spotify|soundcloud|podcast|google maps|drittanbieter|third[- ]party|externe[nr]? inhalte?|external content|contenu externe|contenido externo)\b/i;
const TO_LOAD =
  /\b(?:laden|nachladen|anzeigen|aktivieren|freischalten|verbindung|zulassen|akzeptieren|load|show|display|activate|enable|unlock|connect(?:ion)?|click|allow|accept|charger|afficher|cargar|mostrar)\b/i;
// A promotion of the site's own channel on a platform ("¡Mira lo que tiene nuestro canal de YouTube!", "¿Ya
// sabías que … tenemos canal de Telegram?", "Folgt unserem WhatsApp-Kanal").
const OWN_CHANNEL =
  /\b(?:our|nuestro|tenemos(?: un)?|unse(?:r|ren|rem)|notre|nostro|nosso)\s+(?:[\p{L}-]+[\s-])?(?:channel|canal|kanal|chaîne|canale)\b|\b(?:whatsapp|telegram|youtube)-kanal\b/iu;
const PLATFORM = /\b(?:youtube|telegram|whatsapp|instagram|tiktok|facebook|twitch|podcast)\b/i;
// The confirmation a sign-up form prints ("Du erhältst von uns in Kürze eine E-Mail. Bitte bestätige den Link
// … um deine Registrierung abzuschließen", "Check your inbox to confirm your subscription"): an e-mail, a
// confirmation and the registration, said to the reader, in one short notice.
const EMAIL = /\b(?:e-?mails?|inbox|posteingang|courriel|correo)\b/i;
const CONFIRM = /\b(?:confirm\w*|bestätig\w*|confirmer|confirmez|confirma\w*)\b/i;
const REGISTRATION = /\b(?:registration|registrierung|anmeldung|subscription|abonnement|inscription|suscripción|registro|sign-?up)\b/i;
const READER = /\b(?:you|your|du|dein\w*|sie|ihre?\w*|vous|votre|tu|su)\b/i;
const isSignUpConfirmation = (line: string) => line.length <= 300 && EMAIL.test(line) && CONFIRM.test(line) && REGISTRATION.test(line) && READER.test(line);
// The platform first: few lines name one, so the longer patterns rarely run.
const isOwnChannelPromotion = (line: string) => line.length <= 200 && PLATFORM.test(line) && OWN_CHANNEL.test(line);
const isConsentPlaceholder = (line: string) => line.length <= 300 && EMBEDDED.test(line) && PRIVACY.test(line) && TO_LOAD.test(line);

/** True for a site's notice or sign-up prompt (SITE_NOTICE above), a sign-up's confirmation, or an embed's consent placeholder. */
export function isSiteNotice(line: string): boolean {
  if (line.length > 400) return false;
  if (SITE_NOTICE.test(line) || isConsentPlaceholder(line) || isOwnChannelPromotion(line) || isSignUpConfirmation(line)) return true;
  if (!NEWSLETTER.test(line)) return false;
  // A prompt that is a sentence tells the reader what to do; a label ("Zum Newsletter anmelden") is a few words.
  const words = line.split(/\s+/).length;
  return (words <= 25 && SIGN_UP.test(line) && TO_THE_READER.test(line)) || (words <= 8 && !SENTENCE_ENDING.test(line.trim()));
}

// A line or paragraph ending in a photo credit after "©" ("… in Pennsylvania © Noah Addis", "… | © Augusta
// National/Getty Images"): a caption, in markup and in text dumps alike. The credit is the text after the
// last "©", short and without a sentence's end.
export const TRAILING_PHOTO_CREDIT = /©\s*[^\s.!?][^.!?©]{0,40}$/;
