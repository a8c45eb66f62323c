/**
 * How a message is written, not what it says: the look of mass promotion and phishing (shouted words,
 * strings of emoji and exclamation marks, percentages, "free", a link to a throwaway domain).
 * Language-independent, so it catches the pitches no lexicon has yet.
 */
import type { Msg } from '../conversation';

const SHOUTED_WORD = /(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])/gu;
const EMOJI = /\p{Extended_Pictographic}/gu;
const BANGS = /[!¡]{2,}/;
const PERCENT = /\d\s?%/;
const FREE = /\b(free|gratis|gratuit[oaes]?|gratuita|kostenlos|gratuitement)\b/;
/** Throwaway-looking links: shorteners, messaging invites, cheap TLDs, long hyphenated host names. */
const SPAMMY_LINK =
  /\b(bit\.ly|tinyurl|t\.me|wa\.me|cutt\.ly|shorturl|rb\.gy)\b|https?:\/\/[^\s/]*\.(xyz|top|info|click|link|online|site|live|vip|shop|buzz|icu)\b|https?:\/\/[a-z0-9]+(-[a-z0-9]+){2,}\./i;
/** Acronyms and opt-out words in capitals are not shouting. */
const NOT_SHOUTING = /^(STOP|INFO|SMS|HTML|HTTP|HTTPS|WIFI|COVID|IBAN|PDF|IVA|VAT|MWST|TVA|NIF|CIF|DNI|URGENT)$/;

/** Marks of mass promotion in one message (0 = written like a person). */
export function promoStyle(m: Msg): number {
  const shouted = (m.text.match(SHOUTED_WORD) ?? []).filter((w) => !NOT_SHOUTING.test(w)).length;
  const emoji = (m.text.match(EMOJI) ?? []).length;
  return (
    (shouted >= 2 ? 1 : 0) +
    (emoji >= 3 ? 1 : 0) +
    (BANGS.test(m.text) ? 1 : 0) +
    (PERCENT.test(m.text) ? 1 : 0) +
    (FREE.test(m.norm) ? 1 : 0)
  );
}

export function hasSpammyLink(m: Msg): boolean {
  return SPAMMY_LINK.test(m.text);
}
