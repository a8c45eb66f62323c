/**
 * The quality score (0–100) of the agent's replies, from the rubric: answered what was asked
 * (most weight), moved the conversation forward, tone; failures (no reply, "I don't understand"
 * loops, ignored questions, wrong language, repetition, slow or pushy replies) pull hard.
 */
import type { Conversation, Msg, Turn } from './conversation';
import { contentWords } from './conversation';
import { confident, detectLanguage } from './language';
import { countPhrases, hasPhrase } from './patterns';
import * as Q from './quality.lexicon';
import { INFO_REQUEST, PRICE_QUESTION, QUOTE_EXPLICIT, DECLINE_STRONG, STOP_REASON } from './status.lexicon';
import { isClosing, MONEY_RE } from './signals';
import { normalize, sameWord, sentences, words } from './text';

export interface QualityReport {
  score: number;
  noReply: boolean;
  asks: number;
  answered: number;
  ignored: number;
  notUnderstood: number;
  repeated: number;
  wrongLanguage: number;
  deflections: number;
  offTopicPush: number;
  pushyAfterDecline: number;
  frustration: number;
  specifics: number;
  nextStep: boolean;
  askedContact: boolean;
  usedName: boolean;
  polite: boolean;
  slowReplies: number;
  curt: number;
  unansweredAtEnd: boolean;
  /** The customer questions judged unanswered (for debugging and tests). */
  ignoredAsks?: string[];
}

interface Ask {
  norm: string;
  words: string[];
  turn: number;
  /** 1 answered right away, 0.5 answered in a later reply, 0 not answered. */
  answered: number;
  statement: boolean;
  /** The only question of its turn. */
  alone: boolean;
}

const MINUTE = 60_000;
const YES_NO_START =
  /^(?:\W*(?:hi|hello|hey|ciao|buongiorno|buonasera|salve|hola|bonjour|hallo|ola)\b[^.!?,]*[,.!]\s*)?(yes|yeah|yep|no|nope|sure|of course|absolutely|certainly|definitely|unfortunately|si|certo|certamente|assolutamente|purtroppo|claro|por supuesto|oui|non|bien sur|ja|nein|leider|sim|nao|infelizmente)\b/;
const YES_NO_QUESTION =
  /^(?:\W*)(?:and |e |y |et |und |ou |o )?(do|does|did|is|are|was|can|could|would|will|have|has|avete|hai|ha|e|c'e|ci sono|fate|fai|posso|possiamo|si puo|potete|siete|(?:ce |lo |la |li |le )?l?'?avete|tienen|teneis|tiene|hay|puedo|podeis|pueden|hacen|haceis|avez|est-ce|y a-t-il|puis-je|vous|faites|acceptez|etes|pouvez|haben|hast|gibt|kann|konnen|sind|ist|bieten|tem|tens|fazem|aceitam|posso|podem|voces|existe)\b/;
const TIME_ASK =
  /what time|when (do|does|are|is)|opening (times|hours)|\bhours\b|\bopen\b|a che ora|orari|quando|apre|aperti|horario|a que hora|horaires|quelle heure|offnungszeiten|wann|que horas/;
const TIME_IN_REPLY =
  /\b\d{1,2}\s?h(\d{2})?\b|\d{1,2}(:\d{2})?\s?(am|pm)|\d{1,2}[:.]\d{2}|\d{1,2}\s?[–-]\s?\d{1,2}|\b(dalle|alle|from|until|till|de|a las|ab|bis|das|as)\s\d{1,2}\b|\bclosed\b|\bchius[oi]\b/;
const LOCATION_ASK =
  /where (are|is) (you|it|the)|located|address|how (do i|to) (get|find)|dove (siete|si trova|vi trovo)|indirizzo|donde (estan|esta)|direccion|ou (etes|se trouve)|adresse|wo (sind|ist|finde)|onde (fica|ficam|estao)|endereco/;
const ADDRESS_IN_REPLY =
  /\b\d+[a-z]?,?\s+[a-z][a-z' -]*\b(street|st|road|rd|avenue|ave|lane|ln|way|square|place|drive|close|via|viale|piazza|corso|calle|avenida|rue|boulevard|strasse|str|platz|rua)\b|\b(via|viale|piazza|corso|piazzale|calle|avenida|rue|rua)\s+[a-z]/;
/** An agent handing things to a spammer. */
const SPAM_COMPLIANCE =
  /\b(here is|here are|here's) (our|my|the)|account number|bank details|\biban\b|password|card number|ecco (il nostro|i nostri|il mio)|numero di conto|codice/;
const DURATION_ASK =
  /how long|quanto (tempo|ci vuole|ci mette)|cuanto tiempo|combien de temps|wie lange|quanto tempo|when (will|would|can) (it|i|we)|tempi di/;
const DURATION_IN_REPLY =
  /\d+\s?(-|–|to|a|o)?\s?\d*\s?(minutes?|mins?|hours?|days?|weeks?|months?|minuti|ore|giorni|settimane|mesi|minutos|horas|dias|semanas|meses|jours|semaines|mois|minuten|stunden|tage|wochen|monate)\b|tomorrow|domani|today|oggi/;

export interface QualityContext {
  /** A sale or booking was possible (the customer showed buying interest, asked a quote, or is a lead). */
  salePossible?: boolean;
}

export function scoreQuality(c: Conversation, isSpam: boolean, ctx: QualityContext = {}): QualityReport {
  const r: QualityReport = {
    score: 0,
    noReply: c.agent.length === 0,
    asks: 0,
    answered: 0,
    ignored: 0,
    notUnderstood: 0,
    repeated: 0,
    wrongLanguage: 0,
    deflections: 0,
    offTopicPush: 0,
    pushyAfterDecline: 0,
    frustration: 0,
    specifics: 0,
    nextStep: false,
    askedContact: false,
    usedName: false,
    polite: false,
    slowReplies: 0,
    curt: 0,
    unansweredAtEnd: false,
  };

  // ----- agent message flags
  const bad = new Set<Msg>();
  const seen: string[][] = [];
  for (const m of c.agent) {
    const w = words(m.norm);
    if (hasPhrase(Q.NOT_UNDERSTOOD, m.norm, { negation: false })) {
      r.notUnderstood++;
      bad.add(m);
    }
    if (w.length >= 4 && seen.some((s) => jaccard(s, w) >= 0.7)) {
      r.repeated++;
      bad.add(m);
    }
    seen.push(w);
    const g = detectLanguage(m.clean);
    if (confident(g) && g.lang !== c.lang) {
      r.wrongLanguage++;
      bad.add(m);
    }
    if (w.length < 30 || !/\d/.test(m.norm)) r.deflections += countPhrases(Q.DEFLECTION, m.norm, { negation: false });
    if (hasPhrase(Q.AUTOREPLY, m.norm, { negation: false })) {
      r.deflections++;
      // a canned reply answers nothing
      if (contentWords(m.norm).length <= 20 && !/\d/.test(m.norm)) bad.add(m);
    }
    if (w.length <= 2 && !hasPhrase(Q.POLITE, m.norm) && !m.media.length) r.curt++;
    if (hasPhrase(Q.POLITE, m.norm)) r.polite = true;
    if (hasPhrase(Q.CONTACT_REQUEST, m.norm)) r.askedContact = true;
    if (c.firstName && normalize(m.text).includes(normalize(c.firstName))) r.usedName = true;
  }
  if (r.noReply) {
    r.score = isSpam ? 60 : c.customer.length ? 10 : 50;
    return r;
  }
  if (!c.customer.length) {
    r.score = 50;
    return r;
  }

  const good = c.agent.filter((m) => !bad.has(m));
  const specificTokens = new Set<string>();
  for (const m of good)
    for (const t of m.norm.match(/[£$€]?\d[\d.,:–-]*\s?(?:am|pm|€|%|kg|mq|m2|miles|km|minutes|min)?/g) ?? []) specificTokens.add(t.trim());
  r.specifics = specificTokens.size;
  r.nextStep = good.some((m) => hasPhrase(Q.NEXT_STEP, m.norm) || asksSomething(m));

  // ----- pushiness after a decline, off-topic selling
  const firstDecline = c.customer.find((m) => hasPhrase(DECLINE_STRONG, m.norm, { skipQuestions: true }));
  const optedOut = c.customer.some((m) => hasPhrase(STOP_REASON, m.norm, { skipQuestions: true }));
  for (const m of c.agent) {
    const push = hasPhrase(Q.AGENT_PUSH, m.norm, { negation: false });
    if (firstDecline && m.index > firstDecline.index && (push || m.clean.includes('?') || (optedOut && hasPhrase(Q.NEXT_STEP, m.norm))))
      r.pushyAfterDecline++;
    else if (push && !firstDecline) r.offTopicPush++;
  }

  if (isSpam) {
    // spam is scored on whether the agent stayed polite and brief (and gave nothing away)
    const avg = c.agent.reduce((n, m) => n + words(m.norm).length, 0) / c.agent.length;
    let s = 75 + (r.polite ? 8 : 0);
    if (avg <= 45 && c.agent.length <= 3) s += 5;
    else s -= 15;
    if (c.agent.some((m) => asksSomething(m))) s -= 25;
    if (c.agent.some((m) => SPAM_COMPLIANCE.test(m.norm))) s -= 30;
    const engaged = c.agent.filter(
      (m) =>
        MONEY_RE.test(m.text) ||
        hasPhrase(Q.AGENT_PUSH, m.norm, { negation: false }) ||
        hasPhrase(Q.CONTACT_REQUEST, m.norm) ||
        (hasPhrase(Q.NEXT_STEP, m.norm) && words(m.norm).length > 15),
    ).length;
    if (engaged) s -= 20 + 10 * (engaged - 1);
    s -= 10 * r.repeated;
    r.score = clamp(s);
    return r;
  }

  // ----- what the customer asked, and whether it was answered
  const asks: Ask[] = [];
  const turns = c.turns;
  turns.forEach((t, ti) => {
    if (t.role !== 'CUSTOMER') return;
    for (const m of t.msgs) r.frustration += Math.min(1, countPhrases(Q.FRUSTRATION, m.norm, { negation: false }));
    const substantive = t.msgs.filter((m) => !isClosing(m) || (ti === 0 && m.clean));
    if (!substantive.length) return;
    const sents = substantive.flatMap((m) => sentences(m.clean)).map((s) => normalize(s));
    let qs = sents.filter((s) => s.includes('?') && contentWords(s).length > 0);
    if (!qs.length) qs = sents.filter((s) => hasPhrase(INFO_REQUEST, s) || hasPhrase(PRICE_QUESTION, s) || hasPhrase(QUOTE_EXPLICIT, s));
    const isLast = !turns.slice(ti + 1).some((x) => x.role === 'AGENT');
    if (!qs.length) {
      // a statement needs an acknowledgement, unless it is the conversation's last word so far
      if (isLast && !substantive.some((m) => m.clean.includes('?'))) return;
      asks.push({ norm: sents.join(' '), words: contentWords(sents.join(' ')), turn: ti, answered: 0, statement: true, alone: true });
      return;
    }
    for (const q of qs) asks.push({ norm: q, words: contentWords(q), turn: ti, answered: 0, statement: false, alone: qs.length === 1 });
  });

  for (const a of asks) {
    const replies = turns.slice(a.turn + 1).filter((t) => t.role === 'AGENT');
    if (!replies.length) continue;
    if (answers(a, replies[0], bad)) a.answered = 1;
    else if (replies.slice(1).some((t) => answers(a, t, bad))) a.answered = 0.5;
    // the agent first asked what it needed (an order number, an email), then answered with specifics
    else if (
      !a.statement &&
      replies[0].msgs.some((m) => !bad.has(m) && asksSomething(m)) &&
      replies[1]?.msgs.some((m) => !bad.has(m) && /\d/.test(m.norm) && words(m.norm).length >= 15)
    )
      a.answered = 0.5;
  }
  // asked again later = it was not really answered
  for (let i = 0; i < asks.length; i++) {
    for (let j = i + 1; j < asks.length; j++) {
      if (asks[j].turn === asks[i].turn || asks[i].statement || asks[j].statement) continue;
      // the same question again (most of its words already asked, or said with frustration), not a related new one
      const shared = overlap(asks[i].words, asks[j].words);
      const again =
        shared >= 0.75 * asks[j].words.length || hasPhrase(Q.FRUSTRATION, asks[j].norm, { negation: false });
      if (shared >= Math.min(2, asks[i].words.length) && again) {
        if (asks[i].answered > 0) asks[i].answered = 0;
        r.frustration++;
        break;
      }
    }
  }
  r.asks = asks.length;
  r.answered = asks.reduce((n, a) => n + a.answered, 0);
  r.ignored = asks.filter((a) => a.answered === 0).length;
  r.ignoredAsks = asks.filter((a) => a.answered === 0).map((a) => a.norm);

  // ----- responsiveness
  turns.forEach((t, ti) => {
    if (t.role !== 'CUSTOMER' || t.msgs.every((m) => isClosing(m))) return;
    const reply = turns[ti + 1];
    if (!reply) return;
    const mins = (reply.start - t.start) / MINUTE;
    if (mins > 120) r.slowReplies += 12;
    else if (mins > 60) r.slowReplies += 6;
    else if (mins > 30) r.slowReplies += 3;
  });
  const lastTurn = turns[turns.length - 1];
  r.unansweredAtEnd =
    lastTurn.role === 'CUSTOMER' &&
    lastTurn.msgs.some(
      (m) => m.clean.includes('?') || hasPhrase(Q.FRUSTRATION, m.norm, { negation: false }) || (m.media.length > 0 && !isClosing(m)),
    );

  // ----- the score
  const ratio = asks.length ? r.answered / asks.length : 1;
  const avgWords = good.length ? good.reduce((n, m) => n + words(m.norm).length, 0) / good.length : 0;
  let s = 50 + 30 * ratio - 10;
  s -= Math.min(24, 6 * r.ignored);
  s += Math.min(4, r.specifics) * 3;
  if (r.nextStep) s += 6;
  if (r.askedContact) s += 3;
  if (r.usedName) s += 3;
  if (r.polite) s += 3;
  if (avgWords >= 12) s += 4;
  else if (avgWords < 5) s -= 4;
  if (r.notUnderstood) s -= 18 + 12 * (r.notUnderstood - 1);
  s -= Math.min(30, 12 * r.repeated);
  if (r.wrongLanguage) s -= 20 + 8 * (r.wrongLanguage - 1);
  s -= Math.min(18, 6 * r.deflections);
  s -= Math.min(20, 10 * r.offTopicPush);
  s -= Math.min(35, 15 * r.pushyAfterDecline);
  s -= Math.min(18, 6 * r.frustration);
  s -= Math.min(18, r.slowReplies);
  s -= 10 * r.curt;
  if (r.unansweredAtEnd) s -= 12;
  // a question left unanswered keeps the score out of the top band
  if (r.ignored > 0) s = Math.min(s, 69);
  // where a sale was possible, an excellent reply moves it on (a next step, a booking, contact details)
  if (ctx.salePossible && !r.nextStep && !r.askedContact) s = Math.min(s, 69);
  // selling on after the customer declined twice or opted out of messages
  if (r.pushyAfterDecline >= 2 || (r.pushyAfterDecline && optedOut)) s = Math.min(s, 35);
  r.score = clamp(s);
  return r;
}

function answers(a: Ask, reply: Turn, bad: Set<Msg>): boolean {
  const msgs = reply.msgs.filter((m) => !bad.has(m));
  if (!msgs.length) return false;
  if (a.statement) return true;
  const text = msgs.map((m) => m.norm).join('\n');
  const orig = msgs.map((m) => m.text).join('\n');
  if ((hasPhrase(PRICE_QUESTION, a.norm) || hasPhrase(QUOTE_EXPLICIT, a.norm)) && MONEY_RE.test(orig)) return true;
  if (TIME_ASK.test(a.norm) && TIME_IN_REPLY.test(text)) return true;
  if (DURATION_ASK.test(a.norm) && DURATION_IN_REPLY.test(text)) return true;
  if (LOCATION_ASK.test(a.norm) && ADDRESS_IN_REPLY.test(text)) return true;
  const shared = a.words.length ? overlap(a.words, contentWords(text)) : 0;
  const yesNo = a.norm
    .split(/[,;:]\s*|\s(?=(?:do|does|is|are|can|could|avete|fate|potete|c'e|vous|avez|tienen|haben|tem)\s)/)
    .some((part) => YES_NO_QUESTION.test(part));
  if (yesNo && (a.alone || shared > 0) && sentences(text).some((s) => YES_NO_START.test(s))) return true;
  return a.words.length > 0 && shared >= (a.words.length <= 3 ? 1 : 2);
}

function asksSomething(m: Msg): boolean {
  return sentences(m.clean).some((s) => s.includes('?') && contentWords(normalize(s)).length > 0);
}

function overlap(a: string[], b: string[]): number {
  return new Set(a.filter((w) => b.some((x) => sameWord(w, x)))).size;
}

function jaccard(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter);
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}
