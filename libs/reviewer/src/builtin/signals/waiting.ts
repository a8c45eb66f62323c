/** WAITING_RESPONSE: the conversation ends with a real question of the agent that the customer has not answered. */
import type { Conversation, Msg } from '../conversation';
import { contentWords } from '../conversation';
import { CLOSING_QUESTION, RHETORICAL } from '../lexicon/cues.lexicon';
import { normalize } from '../text';

export interface WaitingSignal {
  msg: Msg;
  /** The question, as written. */
  question: string;
  /** The question, normalised. */
  norm: string;
}

export function detectWaiting(c: Conversation): WaitingSignal | null {
  const last = c.turns[c.turns.length - 1];
  if (!last || last.role !== 'AGENT') return null;
  let found: WaitingSignal | null = null;
  for (const m of last.msgs) {
    for (const s of m.clean.split(/(?<=[.!?])\s+/)) {
      if (!s.includes('?')) continue;
      const norm = normalize(s);
      if (CLOSING_QUESTION.test(norm) || RHETORICAL.test(norm) || contentWords(norm).length === 0) continue;
      found = { msg: m, question: s, norm };
    }
  }
  return found;
}
