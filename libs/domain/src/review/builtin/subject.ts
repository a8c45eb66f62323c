/**
 * The concrete subject of a conversation, as words actually written: the most telling sentence(s)
 * of one side, stripped of greetings and self-introductions. Quoting (instead of paraphrasing)
 * keeps the summary from inventing anything.
 */
import type { Conversation, Msg } from './conversation';
import { contentWords } from './conversation';
import { hasPhrase } from './patterns';
import { GREETING_LEAD, NEXT_STEP, SELF_INTRO } from './quality.lexicon';
import { EMAIL_RE, isClosing, PHONE_RE } from './signals';
import { BUYING_INTEREST, INFO_REQUEST, PRICE_QUESTION, PROMO, QUOTE_EXPLICIT, SCAM, WRONG_NUMBER } from './status.lexicon';
import { normalize, sameWord, sentences, stripEmoji, truncateWords } from './text';

export interface Excerpt {
  text: string;
  /** Weak: nothing recurring, no request in it (e.g. "one moment, I'll send it"). */
  thin: boolean;
  isQuestion: boolean;
}

interface Candidate {
  msg: Msg;
  pos: number;
  text: string;
  score: number;
  strong: boolean;
}

/** Remove greetings ("Hi Dave,", "Buongiorno!") and emoji from the start and end of a sentence. */
export function tidySentence(s: string, names: string[] = []): string {
  let t = stripEmoji(s).replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(GREETING_LEAD, '').trim();
    // a name right after the greeting ("Hi Kieran," / "Buongiorno Giulia!")
    if (t !== before) t = t.replace(/^[\p{Lu}][\p{L}'-]+(?:\s[\p{Lu}][\p{L}'-]+)?\s*[,!.:;—–-]\s*/u, '').trim();
    for (const n of names)
      if (n && t.toLowerCase().startsWith(n.toLowerCase()))
        t = t
          .slice(n.length)
          .replace(/^[\s,!.:;—–-]+/, '')
          .trim();
    if (t === before) break;
  }
  return t
    .replace(/^[\s,.;:!—–-]+/, '')
    .replace(/[\s,;:—–-]+$/, '')
    .replace(/\s+([?!.,])/g, '$1')
    .trim();
}

export function pickExcerpt(c: Conversation, side: 'CUSTOMER' | 'AGENT', maxLen: number): Excerpt | null {
  const own = side === 'CUSTOMER' ? c.customer : c.agent;
  const other = side === 'CUSTOMER' ? c.agent : c.customer;
  const names = c.firstName ? [c.firstName] : [];
  const cands: Candidate[] = [];
  let firstSubstantive = -1;
  const wordsOf = new Map<Msg, string[]>([...own, ...other].map((x) => [x, contentWords(x.norm)]));
  own.forEach((m, mi) => {
    const elsewhere = new Set([...other, ...own.filter((x) => x !== m)].flatMap((x) => wordsOf.get(x) ?? []));
    const recurs = (w: string) => elsewhere.has(w) || [...elsewhere].some((x) => sameWord(w, x));
    if (side === 'CUSTOMER' && isClosing(m) && mi > 0) return;
    sentences(m.clean).forEach((raw, pos) => {
      const text = tidySentence(raw, names);
      const norm = normalize(text);
      const cw = contentWords(norm);
      if (!cw.length || SELF_INTRO.test(text) || text.length < 4) return;
      if (firstSubstantive < 0) firstSubstantive = mi;
      // words that come back elsewhere in the conversation are what it is about
      const recurring = new Set(cw.filter(recurs)).size;
      const intent =
        text.includes('?') ||
        hasPhrase(BUYING_INTEREST, norm) ||
        hasPhrase(PRICE_QUESTION, norm) ||
        hasPhrase(QUOTE_EXPLICIT, norm) ||
        hasPhrase(INFO_REQUEST, norm) ||
        (side === 'AGENT' && hasPhrase(NEXT_STEP, norm));
      const spammy = hasPhrase(PROMO, norm) || hasPhrase(SCAM, norm) || hasPhrase(WRONG_NUMBER, norm);
      let score = 2 * recurring + 0.4 * Math.min(cw.length, 10) + (intent ? 2 : 0) + (spammy ? 3 : 0) + (mi === firstSubstantive ? 4.5 : 0);
      if (text.length > 220) score -= 1.5;
      // contact details are not the subject
      if (EMAIL_RE.test(text) || PHONE_RE.test(text)) score -= 3;
      cands.push({ msg: m, pos, text, score, strong: recurring > 0 || intent || spammy });
    });
  });
  if (!cands.length) return null;
  const best = cands.reduce((a, b) => (b.score > a.score ? b : a));
  // grow around the best sentence with its neighbours in the same message while they fit
  const same = cands.filter((x) => x.msg === best.msg).sort((a, b) => a.pos - b.pos);
  let lo = same.indexOf(best);
  let hi = lo;
  let len = best.text.length;
  for (let grew = true; grew;) {
    grew = false;
    const prev = same[lo - 1];
    if (
      prev &&
      prev.pos === same[lo].pos - 1 &&
      len + prev.text.length + 1 <= maxLen &&
      !(EMAIL_RE.test(prev.text) || PHONE_RE.test(prev.text))
    ) {
      lo--;
      len += prev.text.length + 1;
      grew = true;
    }
    const next = same[hi + 1];
    if (
      next &&
      next.pos === same[hi].pos + 1 &&
      len + next.text.length + 1 <= maxLen &&
      !(EMAIL_RE.test(next.text) || PHONE_RE.test(next.text))
    ) {
      hi++;
      len += next.text.length + 1;
      grew = true;
    }
  }
  const text = truncateWords(
    same
      .slice(lo, hi + 1)
      .map((x, i, xs) => (i < xs.length - 1 && !/[.!?…:;,]$/.test(x.text) ? `${x.text}.` : x.text))
      .join(' '),
    maxLen,
  );
  return { text, thin: !best.strong, isQuestion: text.includes('?') };
}
