// How phone numbers are found: the document holds digit spellings of the number, a phone-only query
// becomes digits, and a match on a spelling is mapped back onto the number as the contact wrote it.

/** The digits of a phone number, an international "00" prefix dropped ("0039 347…" → "39347…"). */
export function phoneDigits(raw: string): string {
  return raw.replace(/\D/g, '').replace(/^00/, '');
}

// Shorter tails would match too many numbers; six digits is what the issue calls a partial number.
const MIN_TAIL = 6;

/**
 * Every digit spelling a person may type, the full number first: the international digits
 * ("393471234567"), every tail of at least six digits (the national number "3471234567", the last
 * seven "1234567"…) and the national number with its trunk 0 ("07700 900123"; country codes are
 * 1–3 digits). Queries are turned into digits (normalizePhoneQuery), so no "+" or spaces are needed.
 */
export function phoneSpellings(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const digits = phoneDigits(raw);
  if (digits.length < MIN_TAIL) return digits ? [digits] : [];
  const out = new Set<string>([digits]);
  for (let n = digits.length - 1; n >= MIN_TAIL; n--) out.add(digits.slice(-n));
  for (const cc of [1, 2, 3]) {
    const national = digits.slice(cc);
    if (national.length >= MIN_TAIL) out.add(`0${national}`);
  }
  return [...out];
}

/**
 * A query that is only a phone number in some spelling ("+39 347 123 4567", "(0039) 347-1234567")
 * becomes its digits, which is how the document stores every spelling; other queries are unchanged.
 */
export function normalizePhoneQuery(query: string): string {
  const trimmed = query.trim();
  if (!/^[+()\d\s.\-/]+$/.test(trimmed)) return query;
  const digits = phoneDigits(trimmed);
  return digits.length >= MIN_TAIL ? digits : query;
}

/**
 * Where a match on one spelling falls in the number as written: `spelling` is one of
 * phoneSpellings(display), and [start, start + length) the matched digits in it. Returns the range
 * in `display` (UTF-16 units) from its first matched digit to its last, or undefined when the
 * spelling is not one of this number's.
 */
export function phoneMatchRange(
  display: string,
  spelling: string,
  start: number,
  length: number,
): { start: number; length: number } | undefined {
  const digits = phoneDigits(display);
  // A tail is the end of the digits; a trunk spelling is "0" + a tail, its 0 absent from the number.
  const trunk = !digits.endsWith(spelling) && spelling.startsWith('0') && digits.endsWith(spelling.slice(1));
  if (!trunk && !digits.endsWith(spelling)) return undefined;
  const tail = trunk ? spelling.slice(1) : spelling;
  const from = Math.max(0, start - (trunk ? 1 : 0));
  const to = Math.min(tail.length, start + length - (trunk ? 1 : 0));
  if (to <= from) return undefined;
  const first = digits.length - tail.length + from;
  const last = digits.length - tail.length + to - 1;
  // digit k of `digits` is digit k + skipped of `display` (a dropped "00" prefix)
  const skipped = display.replace(/\D/g, '').length - digits.length;
  let seen = -1;
  let begin = -1;
  for (let i = 0; i < display.length; i++) {
    if (display[i] < '0' || display[i] > '9') continue;
    seen++;
    if (seen === first + skipped) begin = i;
    if (seen === last + skipped) return { start: begin, length: i + 1 - begin };
  }
  return undefined;
}
