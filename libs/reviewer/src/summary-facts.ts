/**
 * "A summary states nothing the messages do not say": the checkable facts of a summary (numbers,
 * prices, dates, e-mails, phones, names) and those of them the conversation does not contain.
 * The conversation is its messages plus its contact record and channel. Used to validate LLM
 * output and to test every reviewer.
 */
import type { ReviewInput } from './reviewer';

export type FactKind = 'number' | 'email' | 'phone' | 'date' | 'name';

export interface SummaryFact {
  kind: FactKind;
  text: string;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
/** A number as written: digits with inner separators ("1.200,50", "12:30", "338 444 5566", "+39 …"). */
const NUMBER = /\+?\d(?:[\d]|[.,:/-]\d|\s(?=\d{2,}))*/g;
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** Month and weekday names (en, it, es, fr, de, pt), accent-free; "may", "mai" and "marco" (março) left out: they are common words or names too. */
const CALENDAR_WORDS = new Set(
  (
    'january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedi martedi mercoledi giovedi venerdi sabato domenica ' +
    'enero febrero abril mayo junio julio septiembre setiembre octubre noviembre diciembre lunes miercoles jueves viernes domingo ' +
    'janvier fevrier avril juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'januar februar marz maerz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'janeiro fevereiro maio junho julho setembro outubro novembro dezembro segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado'
  ).split(' '),
);

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

const digits = (s: string) => s.replace(/\D/g, '');
/** "08" and "8" are the same number. */
const unpad = (d: string) => d.replace(/^0+(?=\d)/, '');

/** The facts a summary states that can be checked against the conversation. */
export function summaryFacts(summary: string, language = ''): SummaryFact[] {
  const facts: SummaryFact[] = [];
  const emails = summary.match(EMAIL) ?? [];
  for (const e of emails) facts.push({ kind: 'email', text: e });
  const rest = emails.reduce((s, e) => s.replace(e, ' '), summary);
  for (const n of rest.match(NUMBER) ?? []) facts.push({ kind: digits(n).length >= 7 ? 'phone' : 'number', text: n.trim() });
  for (const m of rest.matchAll(WORD)) {
    const word = m[0].replace(/['’-]+$/, '');
    const folded = fold(word);
    if (CALENDAR_WORDS.has(folded)) {
      facts.push({ kind: 'date', text: word });
      continue;
    }
    // capitalised words inside a sentence are names (German capitalises every noun: not checkable there)
    if (language === 'de' || word.length < 2 || !/^\p{Lu}/u.test(word)) continue;
    if (!sentenceStartBefore(rest, m.index ?? 0)) facts.push({ kind: 'name', text: word });
  }
  return facts;
}

const OPENERS = `"“”«»‘'([¿¡„`;

/** Is the word at `index` the first of a sentence, of a quotation, or of what follows a colon? */
function sentenceStartBefore(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (/\s/.test(text[i]) || OPENERS.includes(text[i]))) i--;
  return i < 0 || /[.!?…:\n]/.test(text[i]);
}

/** The facts of `summary` that the conversation does not contain (empty: nothing invented). */
export function inventedFacts(summary: string, input: Pick<ReviewInput, 'messages' | 'contact' | 'source'>, language = ''): SummaryFact[] {
  const parts = [
    ...input.messages.map((m) => m.text),
    input.contact?.name ?? '',
    input.contact?.phone ?? '',
    input.contact?.email ?? '',
    input.source === 'WHATSAPP' ? 'WhatsApp' : 'widget',
  ];
  const haystack = fold(parts.join('\n'));
  // each number whole ("1.200" → 1200) and by its groups ("12:30" → 12, 30); long ones may be part of a phone
  const tokens = parts.flatMap((p) => p.match(NUMBER) ?? []);
  const numbers = new Set(tokens.flatMap((t) => [digits(t), ...(t.match(/\d+/g) ?? [])]).map(unpad));
  const long = tokens.map(digits).filter((d) => d.length >= 5);
  const words = new Set([...haystack.matchAll(WORD)].map((m) => m[0].replace(/['-]+$/, '')));
  return summaryFacts(summary, language).filter((f) => {
    switch (f.kind) {
      case 'email':
        return !haystack.includes(fold(f.text));
      case 'phone':
      case 'number': {
        const d = digits(f.text);
        return !numbers.has(unpad(d)) && !(d.length >= 5 && long.some((n) => n.includes(d)));
      }
      default: {
        const w = fold(f.text);
        return !words.has(w) && !haystack.includes(w);
      }
    }
  });
}
