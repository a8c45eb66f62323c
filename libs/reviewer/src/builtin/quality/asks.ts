/** What the customer asked, turn by turn, and which of it the agent answered (right away, later, or never). */
import { contentWords, type Conversation, type Msg } from '../conversation';
import * as Q from '../lexicon/quality.lexicon';
import { INFO_REQUEST, PRICE_QUESTION, QUOTE_EXPLICIT } from '../lexicon/status.lexicon';
import { countPhrases, hasPhrase } from '../patterns';
import { isClosing } from '../signals/text-signals';
import { normalize, sentences, words } from '../text';
import { WordCounts } from '../word-index';
import { answeringMessage, type Ask } from './answers';

/** A question written without its "?" in chat ("also can i use my mum's car or does it need insurance"): an inverted modal opening a clause. */
const UNMARKED_QUESTION =
  /(^|[,;]\s*|\b(also|and|but|so|anche|e poi|ma|y|pero|tambien|et|mais|aussi|und|aber|auch|mas|tambem)\s)(can i|can we|could i|could you|do you|does it|do i need|is it|is there|are there|should i|posso|possiamo|si puo|c'e bisogno|puedo|podemos|se puede|hace falta|est-ce que|puis-je|peut-on|faut-il|kann ich|konnen wir|darf ich|muss ich|gibt es|braucht man|pode-se|da para|preciso de)\s/;

export interface AskReport {
  asks: Ask[];
  /** Frustration shown while asking (and questions asked again). */
  frustration: number;
  /** Sum of the asks' answered values (1 right away, 0.5 later). */
  answered: number;
  /** Asks never answered. */
  ignored: number;
}

/** How many later agent turns may still answer a question (a late answer counts half). */
const LATE_ANSWER_TURNS = 4;
/** How many later questions are compared with one, to find the same question asked again. */
const ASKED_AGAIN_WINDOW = 8;

export function customerAsks(c: Conversation, bad: ReadonlySet<Msg>): AskReport {
  const r: AskReport = { asks: [], frustration: 0, answered: 0, ignored: 0 };
  collectAsks(c, r);
  answerAsks(c, r, bad);
  return r;
}

/** Does the message ask something (a sentence with a question mark and some content)? */
export function asksSomething(m: Msg): boolean {
  return sentences(m.clean).some((s) => s.includes('?') && contentWords(normalize(s)).length > 0);
}

/** What the customer asked, turn by turn (a statement needing an acknowledgement when nothing was asked). */
function collectAsks(c: Conversation, r: AskReport): void {
  const turns = c.turns;
  let agentAfter = false;
  const lastCustomerWithReply = new Int32Array(turns.length);
  for (let ti = turns.length - 1; ti >= 0; ti--) {
    lastCustomerWithReply[ti] = agentAfter ? 0 : 1;
    if (turns[ti].role === 'AGENT') agentAfter = true;
  }
  turns.forEach((t, ti) => {
    if (t.role !== 'CUSTOMER') return;
    for (const m of t.msgs) r.frustration += Math.min(1, countPhrases(Q.FRUSTRATION, m.norm, { negation: false }));
    const substantive = t.msgs.filter((m) => !isClosing(m) || (ti === 0 && m.clean));
    if (!substantive.length) return;
    const sents = substantive.flatMap((m) => sentences(m.clean)).map((s) => normalize(s));
    let qs = sents.filter((s) => s.includes('?') && contentWords(s).length > 0);
    if (!qs.length)
      qs = sents.filter(
        (s) => hasPhrase(INFO_REQUEST, s) || hasPhrase(PRICE_QUESTION, s) || hasPhrase(QUOTE_EXPLICIT, s) || UNMARKED_QUESTION.test(s),
      );
    const isLast = lastCustomerWithReply[ti] === 1;
    if (!qs.length) {
      // a statement needs an acknowledgement, unless it is the conversation's last word so far
      if (isLast && !substantive.some((m) => m.clean.includes('?'))) return;
      const norm = sents.join(' ');
      r.asks.push({ norm, words: contentWords(norm), turn: ti, answered: 0, answeredBy: null, statement: true, alone: true, first: true });
      return;
    }
    qs.forEach((q, qi) =>
      r.asks.push({
        norm: q,
        words: contentWords(q),
        turn: ti,
        answered: 0,
        answeredBy: null,
        statement: false,
        alone: qs.length === 1,
        first: qi === 0,
      }),
    );
  });
}

/** Which asks the agent answered, right away or later; a question asked again was not really answered. */
function answerAsks(c: Conversation, r: AskReport, bad: ReadonlySet<Msg>): void {
  const turns = c.turns;
  // the agent turns after each turn, found in one backward pass
  const nextAgentTurn = new Int32Array(turns.length + 1).fill(-1);
  for (let ti = turns.length - 1; ti >= 0; ti--) nextAgentTurn[ti] = turns[ti + 1]?.role === 'AGENT' ? ti + 1 : nextAgentTurn[ti + 1];
  const replyTurns = (from: number) => {
    const out: number[] = [];
    for (let t = nextAgentTurn[from]; t >= 0 && out.length <= LATE_ANSWER_TURNS; t = nextAgentTurn[t]) out.push(t);
    return out;
  };
  for (const a of r.asks) {
    const replies = replyTurns(a.turn);
    if (!replies.length) continue;
    const first = answeringMessage(a, turns[replies[0]], bad, true);
    if (first) {
      a.answered = 1;
      a.answeredBy = first;
      continue;
    }
    for (const t of replies.slice(1)) {
      const later = answeringMessage(a, turns[t], bad, false);
      if (later) {
        a.answered = 0.5;
        a.answeredBy = later;
        break;
      }
    }
    if (a.answered || a.statement) continue;
    // the agent first asked what it needed (an order number, an email), then answered with specifics
    const askedBack = turns[replies[0]].msgs.find((m) => !bad.has(m) && asksSomething(m));
    const then =
      replies[1] !== undefined
        ? turns[replies[1]].msgs.find((m) => !bad.has(m) && /\d/.test(m.norm) && words(m.norm).length >= 15)
        : undefined;
    if (askedBack && then) {
      a.answered = 0.5;
      a.answeredBy = then;
    }
  }
  // asked again later = it was not really answered
  const asks = r.asks;
  for (let i = 0; i < asks.length; i++) {
    for (let j = i + 1; j < asks.length && j <= i + ASKED_AGAIN_WINDOW; j++) {
      if (asks[j].turn === asks[i].turn || asks[i].statement || asks[j].statement) continue;
      // the same question again (most of its words already asked, or said with frustration), not a related new one
      const shared = overlapWords(asks[i].words, asks[j].words);
      const again = shared >= 0.75 * asks[j].words.length || hasPhrase(Q.FRUSTRATION, asks[j].norm, { negation: false });
      // "and the cake?" after a reply: a short question made only of words already asked is the same question again
      const shortAgain = asks[j].words.length > 0 && asks[j].words.length <= 2 && shared === asks[j].words.length;
      if ((shared >= Math.min(2, asks[i].words.length) || shortAgain) && again) {
        // the question came again: it was not answered, unless the reply to the second asking answered both
        if (asks[i].answered > 0 && asks[i].answeredBy !== asks[j].answeredBy) {
          asks[i].answered = 0;
          asks[i].answeredBy = null;
        }
        // having to ask again is half an answer at best, whatever came after
        asks[i].answered = Math.min(asks[i].answered, 0.5);
        r.frustration++;
        break;
      }
    }
  }
  r.answered = asks.reduce((n, a) => n + a.answered, 0);
  r.ignored = asks.filter((a) => a.answered === 0).length;
}

function overlapWords(a: string[], b: string[]): number {
  const idx = new WordCounts();
  idx.addUnit(b);
  return new Set(a.filter((w) => idx.has(w))).size;
}
