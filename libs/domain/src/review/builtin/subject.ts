/**
 * The concrete subject of a conversation, as words actually written: the most telling sentence(s)
 * of one side, stripped of greetings and self-introductions. Quoting (instead of paraphrasing)
 * keeps the summary from inventing anything.
 */
import type { Conversation, Msg } from './conversation';
import { contentWords } from './conversation';
import { hasPhrase, phrases } from './patterns';
import type { Lang } from './language';
import { GREETING_LEAD, NEXT_STEP, SELF_INTRO } from './quality.lexicon';
import { EMAIL_RE, isClosing, PHONE_RE } from './signals';
import { BUYING_INTEREST, INFO_REQUEST, PRICE_QUESTION, PROMO, QUOTE_EXPLICIT, SCAM, WRONG_NUMBER } from './status.lexicon';
import { normalize, sameWord, sentences, stripEmoji, truncateWords } from './text';

/** Sentences about when/how the writer will reply, not about what they want. */
const LOGISTICS = phrases(
  [
    "(i'll|i will|i can|let me|i'm going to|i'll just) (write|send|gather|collect|get back|check|look|call|reply|message|text|email)",
    "(i'm|i am) (at work|busy|driving|out|away|on the train)",
    'one (moment|sec|second|minute)',
    'later (today|tonight)',
    "(i'll|i will|we'll|we will) know (next|by|on|in|tomorrow|later|after)",
    '(could|can|would) you (message|write|text|call|contact|email|ping|remind) (me|us) (then|back then|at that point|later|next)',
    '(need|have) to check with (work|my work|my boss|my manager|the office|my family|my partner|my wife|my husband)',
  ],
  [
    '(ti|vi|le) (scrivo|mando|invio|richiamo) (dopo|stasera|domani|appena|piu tardi)',
    '(lo )?(sapro|sapremo) (la prossima|tra|fra|domani|entro)',
    '(mi|ci) (scrivete|scrivi|scriva|ricontattate|ricontatti) (allora|in quel momento|piu avanti)',
    'sono (al lavoro|in macchina|fuori casa)',
    'un attimo',
    'appena (posso|riesco)',
  ],
  [
    '(te|os|le) (escribo|mando|envio|llamo) (luego|despues|esta noche|manana|mas tarde)',
    '(lo )?(sabre|sabremos) (la (semana|proxima)|el|manana|en)',
    '(me|nos) (escribes|escribis|escribe) (entonces|en ese momento)',
    'estoy (en el trabajo|trabajando|conduciendo)',
    'un momento',
  ],
  [
    'je vous (ecris|envoie|rappelle) (plus tard|ce soir|demain)',
    '(je le saurai|je saurai|nous saurons) (la semaine|lundi|mardi|mercredi|jeudi|vendredi|demain|dans)',
    '(pouvez-vous|pourriez-vous) me (recontacter|reecrire|ecrire) (a ce moment|alors)',
    'je suis au travail',
    'un instant',
  ],
  [
    'ich (schreibe|schicke|melde) ~ (spater|heute abend|gleich|morgen)',
    '(ich weiss|wir wissen) (es )?(nachste|bis|am|morgen|in)',
    '(konnen|konnten) sie (mir|mich) (dann|nachste woche) (schreiben|anrufen|kontaktieren)',
    'bin (gerade )?(auf der arbeit|unterwegs|im buro)',
    'einen moment',
  ],
  [
    '(te|vos|lhe) (escrevo|mando|envio|ligo) (depois|logo|amanha|mais tarde)',
    '(saberei|sabemos|vou saber) (na proxima|para a semana|amanha|em|ate)',
    '(pode|podem) (me )?(escrever|contactar)(-me)? (entao|nessa altura)',
    'estou (no trabalho|a trabalhar|a conduzir)',
    'um momento',
  ],
);

/** Events named by a verb ("we're getting married") and their noun, per summary language. */
const EVENT_NOUNS: { re: RegExp; noun: Record<Lang, string> }[] = [
  {
    re: /\b(getting married|get married|marry|wedding|ci sposiamo|mi sposo|sposarci|sposarmi|matrimonio|nozze|nos casamos|me caso|casarnos|boda|nous nous marions|on se marie|je me marie|mariage|wir heiraten|ich heirate|heiraten|hochzeit|vamos casar|vou casar|casamento)\b/,
    noun: { en: 'wedding', it: 'matrimonio', es: 'boda', fr: 'mariage', de: 'Hochzeit', pt: 'casamento' },
  },
];

/** The event the customer's messages are about, as a noun in the given language, when they name it only with a verb. */
export function eventNoun(c: Conversation, lang: Lang): string | null {
  const text = c.customer.map((m) => m.norm).join('\n');
  for (const e of EVENT_NOUNS) if (e.re.test(text)) return e.noun[lang];
  return null;
}

export interface Excerpt {
  text: string;
  /** Weak: nothing recurring, no request in it (e.g. "one moment, I'll send it"). */
  thin: boolean;
  isQuestion: boolean;
  /** Index of the message the excerpt comes from. */
  msgIndex: number;
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
      const spammySentence = hasPhrase(PROMO, norm) || hasPhrase(SCAM, norm) || hasPhrase(WRONG_NUMBER, norm);
      // in a scam or a pitch, the agent echoing the sender's ask ("enter your account number here") is not its subject
      const ownWords =
        spammySentence && side === 'CUSTOMER' ? new Set(own.filter((x) => x !== m).flatMap((x) => wordsOf.get(x) ?? [])) : null;
      const recurring = new Set(cw.filter((w) => (ownWords ? ownWords.has(w) || [...ownWords].some((x) => sameWord(w, x)) : recurs(w))))
        .size;
      const intent =
        text.includes('?') ||
        hasPhrase(BUYING_INTEREST, norm) ||
        hasPhrase(PRICE_QUESTION, norm) ||
        hasPhrase(QUOTE_EXPLICIT, norm) ||
        hasPhrase(INFO_REQUEST, norm) ||
        (side === 'AGENT' && hasPhrase(NEXT_STEP, norm));
      const spammy = spammySentence;
      // sentences about the conversation's own logistics ("I'm at work, I'll write this evening") are not its subject
      const logistics = hasPhrase(LOGISTICS, norm, { negation: false });
      let score =
        (logistics ? -4 : 0) +
        2 * recurring +
        0.4 * Math.min(cw.length, 10) +
        (intent ? 2 : 0) +
        (spammy ? 3 : 0) +
        (mi === firstSubstantive ? 4.5 : 0) +
        // a scam's opening pitch says what it is; later messages only repeat the ask in the agent's words
        (spammy && mi === firstSubstantive && side === 'CUSTOMER' ? 3 : 0);
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
  return { text, thin: !best.strong, isQuestion: text.includes('?'), msgIndex: best.msg.index };
}
