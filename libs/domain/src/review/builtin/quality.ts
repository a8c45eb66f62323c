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
import { INFO_REQUEST, PRICE_QUESTION, QUOTE_EXPLICIT, DECLINE_STRONG, STOP_REASON, AGENT_SPAM_HANDLING } from './status.lexicon';
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
  /** The first question of its turn (a reply opening with "yes"/"no" answers it). */
  first: boolean;
}

const MINUTE = 60_000;
const YES_NO_START =
  /^(?:\W*(?:hi|hello|hey|ciao|buongiorno|buonasera|salve|hola|bonjour|hallo|ola)\b[^.!?,]*[,.!]\s*)?(yes|yeah|yep|no|nope|sure|of course|absolutely|certainly|definitely|unfortunately|si|certo|certamente|assolutamente|purtroppo|claro|por supuesto|oui|non|bien sur|ja|nein|leider|sim|nao|infelizmente)\b/;
const YES_NO_QUESTION =
  /^(?:\W*)(?:and |e |y |et |und |ou |o )?(do|does|did|is|are|was|can|could|would|will|have|has|avete|hai|ha|e|c'e|ci sono|fate|fai|posso|possiamo|si puo|potete|siete|(?:ce |lo |la |li |le )?l?'?avete|tienen|teneis|tiene|hay|puedo|podeis|pueden|hacen|haceis|avez|est-ce|y a-t-il|puis-je|vous|faites|acceptez|etes|pouvez|haben|hast|gibt|kann|konnen|sind|ist|bieten|tem|tens|fazem|aceitam|posso|podem|voces|existe)\b/;
/** A statement turned into a check ("Tuesday at 9 then, right?"): a yes/no question. */
const TAG_QUESTION =
  /[,\s](right|correct|ok|okay|yes|is that (right|ok|correct)|certo|giusto|vero|va bene|corretto|verdad|cierto|vale|no|n'est-ce pas|c'est bien ca|c'est ca|d'accord|oder|richtig|stimmt'?s?|nicht wahr|ne|nao e|sim|confere|pode ser)\s*\?+\s*$/;
/** A refusal with a reason ("for security reasons we can't share codes over chat") answers a "can you …?" request. */
const REFUSAL =
  /\b(we|i) (can't|cannot|can not|are unable to|are not able to|aren't able to|am unable to|am not able to)\b|\bnon (possiamo|posso|e possibile|siamo in grado)\b|\bno (podemos|puedo|es posible)\b|\bne (pouvons|peux|pouvez) pas\b|\b(konnen|kann|durfen|darf) (wir|ich) ~?\s?(leider )?nicht\b|\bnao (podemos|posso|e possivel)\b/;
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
  /\b(here is|here are|here's) (our|my|the)|account number|bank details|\biban\b|password|card number|ecco (il nostro|i nostri|il mio)|numero di conto|codice|\b(the |my |our )?(code|pin|otp|email|e-mail|card) (is|number)\b|(grab|get|fetch) the card|[\w.+-]+@[\w-]+\.[\w.]+|\b(el codigo|la tarjeta|mi correo) es\b|\b(le code|la carte|mon e-?mail) est\b|\b(der code|die karte|meine e-?mail) ist\b|\b(o codigo|o cartao|o meu e-?mail) e\b/;
/** "Where is my order?" and the like: answered by where the order is or when it arrives. */
const ORDER_STATUS_ASK =
  /where (is|'s) (it|my|the|our)|any (idea|news|update)|(order|delivery|parcel) status|still (not )?(here|arrived|come)|dov'e (il|la|finit)|a che punto|che fine ha fatto|(non e|non sono) (ancora )?arrivat|donde (esta|anda)|(ou en est|ou est) (ma|mon|la|le)|wo (ist|bleibt) (meine|mein|die|das)|onde (esta|anda) (a|o|minha|meu)/;
const ORDER_STATUS_IN_REPLY =
  /\b(left|on (its|the) way|out for delivery|dispatched|shipped|with (you|the driver|our driver|the courier)|arriv\w*|partit\w*|in consegna|spedit\w*|uscit\w*|en camino|en reparto|enviad\w*|sali\w*|en route|en cours de livraison|expedie\w*|unterwegs|versandt|zugestellt|a caminho|enviad\w*|saiu)\b/;
/** The agent confirms an opt-out was done ("you have been removed"). */
const OPT_OUT_DONE =
  /\b(removed|unsubscribed|taken (you )?off|won't (contact|message|text) you|rimoss\w*|cancellat\w*|tolt\w*|eliminad\w*|dad\w* de baja|supprime\w*|desinscrit\w*|retire\w*|entfernt|abgemeldet|gelöscht|geloscht|removid\w*|descadastrad\w*)\b/;
/** Alternatives in one question ("do I need an appointment or can I just drop in?"): picking one answers it. */
const ALTERNATIVE = /\s(or|o|u|ou|oder)\s/;
const DURATION_ASK =
  /(by|before|per le|entro le|entro|prima delle|para las|antes de las|avant|vor|bis|ate as|antes das)\s\d{1,2}([:.]\d{2})?\b.*\?|how long|quanto (tempo|ci vuole|ci mette)|cuanto tiempo|combien de temps|wie lange|quanto tempo|when (will|would|can) (it|i|we)|tempi di/;
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
    // a sales pitch that shares nothing with what the customer wrote before it answers nothing
    if (!isSpam && hasPhrase(Q.AGENT_PUSH, m.norm, { negation: false })) {
      const before = contentWords(
        c.customer
          .filter((x) => x.index < m.index)
          .map((x) => x.norm)
          .join(' '),
      );
      if (before.length && !contentWords(m.norm).some((x) => before.some((y) => sameWord(x, y)))) bad.add(m);
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
  // an opt-out counts even when asked as a question ("can you take me off your list please?")
  const firstDecline = c.customer.find((m) => hasPhrase(DECLINE_STRONG, m.norm, { skipQuestions: true }) || hasPhrase(STOP_REASON, m.norm));
  const optedOut = c.customer.some((m) => hasPhrase(STOP_REASON, m.norm));
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
    const complied = c.agent.some((m) => SPAM_COMPLIANCE.test(m.norm));
    if (complied) s -= 30;
    const engaged = c.agent.filter(
      (m) =>
        MONEY_RE.test(m.text) ||
        hasPhrase(Q.AGENT_PUSH, m.norm, { negation: false }) ||
        hasPhrase(Q.CONTACT_REQUEST, m.norm) ||
        (hasPhrase(Q.NEXT_STEP, m.norm) && words(m.norm).length > 15),
    ).length;
    if (engaged) s -= 20 + 10 * (engaged - 1);
    s -= 10 * r.repeated;
    // the agent told the customer it is spam or a scam and gave nothing away: not useless, whatever else it said
    if (!complied && r.polite && c.agent.some((m) => hasPhrase(AGENT_SPAM_HANDLING, m.norm))) s = Math.max(s, 45);
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
      asks.push({
        norm: sents.join(' '),
        words: contentWords(sents.join(' ')),
        turn: ti,
        answered: 0,
        statement: true,
        alone: true,
        first: true,
      });
      return;
    }
    qs.forEach((q, qi) =>
      asks.push({ norm: q, words: contentWords(q), turn: ti, answered: 0, statement: false, alone: qs.length === 1, first: qi === 0 }),
    );
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
      const again = shared >= 0.75 * asks[j].words.length || hasPhrase(Q.FRUSTRATION, asks[j].norm, { negation: false });
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
  // selling on after the customer said no a second time: a correct answer, but not a top-band conversation
  const declines = c.customer.filter((m) => hasPhrase(DECLINE_STRONG, m.norm, { skipQuestions: true })).length;
  if (r.pushyAfterDecline && declines >= 2) s = Math.min(s, 62);
  // a real, on-topic answer with no hard failure is mediocre at worst, however many small misses add up
  // (vague, slow, a secondary question ignored, no next step): penalties must not stack to near zero
  const hardFailure =
    r.notUnderstood > 0 ||
    r.repeated > 0 ||
    r.wrongLanguage > 0 ||
    r.offTopicPush > 0 ||
    r.pushyAfterDecline > 0 ||
    r.deflections >= 3 ||
    r.curt >= good.length;
  if (!hardFailure && (r.answered > 0 || engagedOnTopic(c, good)))
    s = Math.max(s, 44 + Math.min(8, 4 * r.answered + 2 * Math.min(2, r.specifics)));
  // selling on after the customer declined twice or opted out of messages
  // (one pitch after an opt-out that the agent then carried out is mediocre, not useless)
  const optOutDone = optedOut && OPT_OUT_DONE.test(c.agent[c.agent.length - 1].norm);
  if (r.pushyAfterDecline >= 2 || (r.pushyAfterDecline && optedOut && !optOutDone)) s = Math.min(s, 35);
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
  if (ORDER_STATUS_ASK.test(a.norm) && (ORDER_STATUS_IN_REPLY.test(text) || DURATION_IN_REPLY.test(text))) return true;
  const shared = a.words.length ? overlap(a.words, contentWords(text)) : 0;
  const yesNo = a.norm
    .split(/[,;:]\s*|\s(?=(?:do|does|is|are|can|could|avete|fate|potete|c'e|vous|avez|tienen|haben|tem)\s)/)
    .some((part) => YES_NO_QUESTION.test(part));
  const tagged = TAG_QUESTION.test(a.norm);
  if ((yesNo || tagged) && (a.alone || shared > 0) && sentences(text).some((s) => YES_NO_START.test(s) || REFUSAL.test(s))) return true;
  // "Do you have X? And do you ship to Y?" — "Yes, we have them." opening the reply answers the first one
  if (yesNo && a.first && YES_NO_START.test(sentences(text)[0] ?? '')) return true;
  if (!a.statement && ALTERNATIVE.test(a.norm) && a.norm.includes('?') && shared >= 1) return true;
  return a.words.length > 0 && shared >= (a.words.length <= 3 ? 1 : 2);
}

/**
 * The agent replied to the customer's request itself: some substantive reply shares words with what the
 * customer wrote (as opposed to a canned or off-topic message that ignores the main request).
 */
function engagedOnTopic(c: Conversation, good: Msg[]): boolean {
  const cust = contentWords(c.customer.map((m) => m.norm).join(' '));
  if (!cust.length) return false;
  return good.some((m) => {
    const w = contentWords(m.norm);
    return w.length >= 3 && overlap(w, cust) >= 2;
  });
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
