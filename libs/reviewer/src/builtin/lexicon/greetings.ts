/** Greetings and self-introductions around a customer's sentence, matched on the original text (accents, case). */

/** Greetings / fillers stripped from the front of a customer's sentence before quoting it. */
export const GREETING_LEAD =
  /^(?:(?:hi|hiya|hey|hello|helo|hallo|hola|ola|olá|oi|ciao|salve|gr[üu]ezi|moin|servus|coucou|salut|buongiorno|buonasera|buon pomeriggio|bonjour|bonsoir|guten (?:tag|morgen|abend)|good (?:morning|afternoon|evening)|buenos d[ií]as|buenas(?: tardes| noches)?|bom dia|boa (?:tarde|noite)|dear|gentili(?:ssimi)?|egregi\p{L}*|greetings|yo)(?:[\s,]+(?:there|all|everyone|team|love|again|guys|folks))?(?![\p{L}\d'’])[\s,!.:;—–-]*)+/iu;

/** A sentence that only introduces the writer ("sono Paola Greco", "my name is ..."). */
export const SELF_INTRO =
  /^(?:(?:i'?m|i am|this is|my name is|it'?s|sono|mi chiamo|qui [eè]|soy|me llamo|je suis|je m'appelle|ich bin|ich heiße|mein name ist|sou|me chamo|meu nome [ée])\s+[\p{Lu}][\p{L}'-]*(?:\s+[\p{Lu}][\p{L}'-]*){0,2}|(?:i'?m|i am|sono|soy|je suis|ich bin|sou)\s+(?:already\s+)?(?:a\s+|un[ao]?\s+)?(?:member|customer|client|cliente|socio|iscritt[oa]))[\s,.!]*$/iu;
