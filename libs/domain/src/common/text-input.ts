import { invalidInput } from '../errors/domain-error';

// A NUL character cannot be stored by PostgreSQL, and an unpaired surrogate is not valid UTF-8:
// either is the sender's mistake, refused by name, never left to fail as a database error.
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `value` cannot be stored as text, or undefined. */
export function textProblem(value: string): string | undefined {
  if (NUL.test(value)) return 'must not contain a NUL character';
  if (UNPAIRED_SURROGATE.test(value)) return 'must be valid Unicode (it has an unpaired surrogate)';
  return undefined;
}

/** For text from a party we cannot ask to fix it (Meta's webhooks): the unstorable characters removed. */
export function storableText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\u0000/g, '').replace(new RegExp(UNPAIRED_SURROGATE.source, 'g'), '\uFFFD');
}

interface TextRules {
  max: number;
  /** Empty after trimming is allowed (and returned as ''). */
  allowEmpty?: boolean;
}

/** Trimmed text within the rules, or INVALID_INPUT naming `field`. */
export function requireText(field: string, value: string | null | undefined, rules: TextRules): string {
  const v = (value ?? '').trim();
  if (v.length === 0 && !rules.allowEmpty) throw invalidInput(field, 'must not be empty');
  if (v.length > rules.max) throw invalidInput(field, `must be at most ${rules.max} characters`);
  const problem = textProblem(v);
  if (problem) throw invalidInput(field, problem);
  return v;
}

/** Optional text: null/blank → null. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const v = requireText(field, value, { max, allowEmpty: true });
  return v === '' ? null : v;
}
