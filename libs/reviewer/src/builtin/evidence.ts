/** Quotes for the builtin reviewer's evidence: the sentence of a message where its vocabulary matched. */
import { fitQuote } from '../evidence';
import type { ReviewEvidence } from '../reviewer';
import type { Msg } from './conversation';
import { normalize } from './text';

/** A message that made a judgement, and where in its text: a phrase pattern (on normalised text) or a regex on the original. */
export interface Hit {
  msg: Msg;
  /** Matches normalised text (a compiled lexicon). */
  norm?: RegExp;
  /** Matches the original text (e-mail, phone, money). */
  orig?: RegExp;
}

export const hit = (msg: Msg, norm?: RegExp, orig?: RegExp): Hit => ({ msg, norm, orig });

/** The normalised text with, for each of its characters, the offset of the original character it came from. */
export function normalizeWithOffsets(text: string): { norm: string; offsets: number[] } {
  let norm = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const n = normalize(ch);
    for (let k = 0; k < n.length; k++) offsets.push(i);
    norm += n;
    i += ch.length;
  }
  return { norm, offsets };
}

/** Does a sentence end right after offset `i` (punctuation followed by a space, or a line break)? */
function endsAt(text: string, i: number): boolean {
  const c = text[i];
  return c === '\n' || (/[.!?…]/.test(c) && (i + 1 >= text.length || /\s/.test(text[i + 1])));
}

/** The sentence of `text` around offset `at`, fitted to the quote limit. */
export function sentenceQuote(text: string, at: number, length = 0): string {
  let s = Math.min(at, text.length);
  while (s > 0 && !endsAt(text, s - 1)) s--;
  let e = Math.max(s, at + length - 1);
  while (e < text.length && !endsAt(text, e)) e++;
  const q = fitQuote(text, s, Math.min(text.length, e + 1), at);
  return q || fitQuote(text);
}

function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return g.exec(s);
}

/** The evidence for one hit: the sentence where the pattern matched, else the start of the message. */
export function quoteHit(h: Hit): ReviewEvidence {
  const text = h.msg.text;
  if (h.orig) {
    const m = firstMatch(h.orig, text);
    if (m) return { messageId: h.msg.id, quote: sentenceQuote(text, m.index, m[0].length) };
  }
  if (h.norm) {
    const { norm, offsets } = normalizeWithOffsets(text);
    const m = firstMatch(h.norm, norm);
    if (m) {
      const start = offsets[m.index] ?? 0;
      const end = m[0].length ? (offsets[m.index + m[0].length - 1] ?? start) + 1 : start;
      return { messageId: h.msg.id, quote: sentenceQuote(text, start, end - start) };
    }
  }
  return { messageId: h.msg.id, quote: sentenceQuote(text, 0) };
}

/** Evidence for several hits: one per message, in conversation order, at most `max`. */
export function quoteHits(hits: readonly (Hit | null | undefined)[], max = 3): ReviewEvidence[] {
  const seen = new Set<number>();
  const out: ReviewEvidence[] = [];
  for (const h of [...hits].filter((x): x is Hit => !!x).sort((a, b) => a.msg.index - b.msg.index)) {
    if (seen.has(h.msg.index) || !h.msg.text.trim()) continue;
    seen.add(h.msg.index);
    out.push(quoteHit(h));
    if (out.length >= max) break;
  }
  return out;
}
