/** Did an agent reply answer what the customer asked? Topic-specific cues first (a price, a time, an address), then shared words. */
import type { Msg, Turn } from '../conversation';
import { contentWords } from '../conversation';
import { LOCATION_ASK, ORDER_STATUS_ASK, ORDER_STATUS_IN_REPLY, TIME_ASK } from '../lexicon/cues.lexicon';
import { CLOSING } from '../lexicon/quality.lexicon';
import { PRICE_QUESTION, QUOTE_EXPLICIT } from '../lexicon/status.lexicon';
import { hasPhrase } from '../patterns';
import { MONEY_RE } from '../signals/text-signals';
import { normalize, sentences } from '../text';
import { overlapCount } from '../word-index';

/** One thing the customer asked (or said and needs acknowledged). */
export interface Ask {
  norm: string;
  words: string[];
  turn: number;
  /** 1 answered right away, 0.5 answered in a later reply, 0 not answered. */
  answered: number;
  /** The agent message that answered it. */
  answeredBy: Msg | null;
  statement: boolean;
  /** The only question of its turn. */
  alone: boolean;
  /** The first question of its turn (a reply opening with "yes"/"no" answers it). */
  first: boolean;
}

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
const TIME_IN_REPLY =
  /\b\d{1,2}\s?h(\d{2})?\b|\d{1,2}(:\d{2})?\s?(am|pm)|\d{1,2}[:.]\d{2}|\d{1,2}\s?[–-]\s?\d{1,2}|\b(dalle|alle|from|until|till|de|a las|ab|bis|das|as)\s\d{1,2}\b|\bclosed\b|\bchius[oi]\b/;
const ADDRESS_IN_REPLY =
  /\b\d+[a-z]?,?\s+[a-z][a-z' -]*\b(street|st|road|rd|avenue|ave|lane|ln|way|square|place|drive|close|via|viale|piazza|corso|calle|avenida|rue|boulevard|strasse|str|platz|rua)\b|\b(via|viale|piazza|corso|piazzale|calle|avenida|rue|rua)\s+[a-z]/;
/** Alternatives in one question ("do I need an appointment or can I just drop in?"): picking one answers it. */
const ALTERNATIVE = /\s(or|o|u|ou|oder)\s/;
const DURATION_ASK =
  /(by|before|per le|entro le|entro|prima delle|para las|antes de las|avant|vor|bis|ate as|antes das)\s\d{1,2}([:.]\d{2})?\b.*\?|how long|quanto (tempo|ci vuole|ci mette)|cuanto tiempo|combien de temps|wie lange|quanto tempo|when (will|would|can) (it|i|we)|tempi di/;
const DURATION_IN_REPLY =
  /\d+\s?(-|–|to|a|o)?\s?\d*\s?(minutes?|mins?|hours?|days?|weeks?|months?|minuti|ore|giorni|settimane|mesi|minutos|horas|dias|semanas|meses|jours|semaines|mois|minuten|stunden|tage|wochen|monate)\b|tomorrow|domani|today|oggi/;

/** A reply with this many content words, or this many figures, is substantive. */
const SUBSTANTIVE_WORDS = 12;
const SUBSTANTIVE_FIGURES = 2;

/**
 * The agent message of `reply` that answers `a`, or null. Bad messages (canned, not understood…)
 * answer nothing. A substantive reply right after the question counts as its answer when it stays on
 * the topic: whether it was the right answer shows in what the customer does next (asking again,
 * correcting), which features.ts checks.
 */
export function answeringMessage(a: Ask, reply: Turn, bad: ReadonlySet<Msg>, immediate: boolean): Msg | null {
  const msgs = reply.msgs.filter((m) => !bad.has(m));
  if (!msgs.length) return null;
  const best = msgs.reduce((x, y) => (y.content.length > x.content.length ? y : x));
  if (answers(a, msgs)) return best;
  if (!immediate || a.statement) return null;
  const figures = (best.norm.match(/\d+(?:[.,:]\d+)*/g) ?? []).length;
  // asking back is not answering: the substance must be in statements
  const stated = contentWords(
    normalize(
      sentences(best.clean)
        .filter((x) => !x.includes('?'))
        .join(' '),
    ),
  ).length;
  const substantive = stated >= SUBSTANTIVE_WORDS || figures >= SUBSTANTIVE_FIGURES;
  // a short sign-off with a date ("Great, see you Tuesday 18th at 4:30!") closes the chat, it answers no other question
  const signOff = stated < SUBSTANTIVE_WORDS && hasPhrase(CLOSING, best.norm);
  return substantive && ((a.alone && !signOff) || overlapCount(a.words, best.content) > 0) ? best : null;
}

function answers(a: Ask, msgs: Msg[]): boolean {
  if (a.statement) return true;
  const text = msgs.map((m) => m.norm).join('\n');
  const orig = msgs.map((m) => m.text).join('\n');
  if ((hasPhrase(PRICE_QUESTION, a.norm) || hasPhrase(QUOTE_EXPLICIT, a.norm)) && MONEY_RE.test(orig)) return true;
  if (TIME_ASK.test(a.norm) && TIME_IN_REPLY.test(text)) return true;
  if (DURATION_ASK.test(a.norm) && DURATION_IN_REPLY.test(text)) return true;
  if (LOCATION_ASK.test(a.norm) && ADDRESS_IN_REPLY.test(text)) return true;
  if (ORDER_STATUS_ASK.test(a.norm) && (ORDER_STATUS_IN_REPLY.test(text) || DURATION_IN_REPLY.test(text))) return true;
  const shared = a.words.length ? overlapCount(a.words, contentWords(text)) : 0;
  const yesNo = a.norm
    .split(/[,;:]\s*|\s(?=(?:do|does|is|are|can|could|avete|fate|potete|c'e|vous|avez|tienen|haben|tem)\s)/)
    .some((part) => YES_NO_QUESTION.test(part));
  const tagged = TAG_QUESTION.test(a.norm);
  const replySentences = sentences(text);
  if ((yesNo || tagged) && (a.alone || shared > 0) && replySentences.some((s) => YES_NO_START.test(s) || REFUSAL.test(s))) return true;
  // "Do you have X? And do you ship to Y?" — "Yes, we have them." opening the reply answers the first one
  if (yesNo && a.first && YES_NO_START.test(replySentences[0] ?? '')) return true;
  if (!a.statement && ALTERNATIVE.test(a.norm) && a.norm.includes('?') && shared >= 1) return true;
  return a.words.length > 0 && shared >= (a.words.length <= 3 ? 1 : 2);
}
