/** Regexes and message-level tests the signals share: contact details, money, questions, closings, gibberish. */
import type { Msg } from '../conversation';
import { CLOSING, POLITE } from '../lexicon/quality.lexicon';
import { hasPhrase } from '../patterns';
import { stripEmoji, words } from '../text';

/** An IBAN written out ("IT60 X054 2811 1010 0000 0123 456"). */
export const IBAN_RE = /\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}(?:\s?[A-Z0-9]{3,4}){2,}/;
export const EMAIL_RE = /[\w.+-]+@[\w-]+\.[\w.]+/;
export const PHONE_RE = /(?:\+|00)?\d[\d\s().-]{7,}\d/;
export const MONEY_RE =
  /[£$€]\s?\d|\d[\d.,]*\s?(?:€|eur\b|euro\b|euros\b|dollars?\b|pounds?\b|quid\b|sterline\b|reais\b|k\b|mila\b|grand\b)/i;

export function isQuestionSentence(s: string): boolean {
  return /\?/.test(s);
}

/** A customer message that only closes or acknowledges ("thanks!", "👍", "sound, cheers"). */
export function isClosing(m: Msg): boolean {
  if (m.media.length && !m.clean) return false;
  if (!m.clean.trim()) return true;
  if (m.clean.includes('?')) return false;
  let rest = m.norm;
  for (const p of [CLOSING, POLITE]) rest = rest.replace(p.re, ' ');
  const left = words(stripEmoji(rest)).filter((w) => w.length > 1);
  return left.length <= 1 || (left.length <= 3 && words(m.norm).length <= 6 && hasPhrase(CLOSING, m.norm));
}

/** Mostly-meaningless letters ("asdkjh qwe zzzz"). */
export function isGibberish(norm: string): boolean {
  const toks = words(norm).filter((w) => /[a-z]/.test(w));
  if (!toks.length) return false;
  const weird = toks.filter(
    (w) =>
      (w.length >= 3 && !/[aeiouy]/.test(w)) ||
      /[bcdfghjklmnpqrstvwxz]{5,}/.test(w) ||
      /(.)\1\1/.test(w) ||
      /asdf|qwer|zxcv|hjkl|sdfg|dfgh|fghj|ghjk|jkl|uiop|wert|erty/.test(w),
  );
  return weird.length / toks.length >= 0.6;
}
