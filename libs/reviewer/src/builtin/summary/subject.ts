/**
 * The concrete subject of a conversation, as words actually written: the most telling sentence(s)
 * of one side, stripped of greetings and self-introductions. Quoting (instead of paraphrasing)
 * keeps the summary from inventing anything.
 */
import { contentWords, type Conversation, type Msg } from '../conversation';
import type { ConversationStatus } from '../../vocabulary';
import type { Lang } from '../language';
import { GREETING_LEAD, SELF_INTRO } from '../lexicon/greetings';
import { NEXT_STEP } from '../lexicon/quality.lexicon';
import {
  BUYING_INTEREST,
  INFO_REQUEST,
  META_QUESTION,
  PRICE_QUESTION,
  PROMO,
  QUOTE_EXPLICIT,
  SCAM,
  SELLER_PITCH,
  SELLER_REVEAL,
  WRONG_NUMBER,
} from '../lexicon/status.lexicon';
import { LOGISTICS } from '../lexicon/summary.lexicon';
import { countPhrases, hasPhrase } from '../patterns';
import { EMAIL_RE, isClosing, PHONE_RE } from '../signals/text-signals';
import { normalize, sentences, stripEmoji, truncateWords } from '../text';
import { WordCounts } from '../word-index';

/**
 * What the conversation is about when the quote may only say it with a verb ("we're getting married",
 * "it was supposed to arrive today"): a noun per summary language.
 */
const EVENT_NOUNS: { re: RegExp; noun: Record<Lang, string>; statuses?: ConversationStatus[] }[] = [
  {
    re: /\b(getting married|get married|marry|wedding|ci sposiamo|mi sposo|sposarci|sposarmi|matrimonio|nozze|nos casamos|me caso|casarnos|boda|nous nous marions|on se marie|je me marie|mariage|wir heiraten|ich heirate|heiraten|hochzeit|vamos casar|vou casar|casamento)\b/,
    noun: { en: 'wedding', it: 'matrimonio', es: 'boda', fr: 'mariage', de: 'Hochzeit', pt: 'casamento' },
  },
  {
    re: /\b(delivery|delivered|deliver|arriv\w*|parcel|consegn\w*|spedizion\w*|pacco|entreg\w*|paquete|livr\w*|colis|liefer\w*|zustell\w*|paket|encomenda)\b/,
    noun: { en: 'delivery', it: 'consegna', es: 'entrega', fr: 'livraison', de: 'Lieferung', pt: 'entrega' },
    statuses: ['INFO_ONLY'],
  },
];

/** The event the customer's messages are about, as a noun in the given language, when they name it only with a verb. */
export function eventNoun(c: Conversation, lang: Lang, status: ConversationStatus): string | null {
  const text = c.customer.map((m) => m.norm).join('\n');
  for (const e of EVENT_NOUNS) if ((!e.statuses || e.statuses.includes(status)) && e.re.test(text)) return e.noun[lang];
  return null;
}

/** An e-mail or a phone number (a long tracking or order number is neither). */
/** Details given under a label ("Address: 14 Comely Bank Row", "Email …"; the address itself was cut from the text). */
const CONTACT_LABEL =
  /^\W*(my )?(address|e-?mail|mail|phone|tel|mobile|postcode|indirizzo|recapito|cellulare|direcci[oó]n|correo|tel[eé]fono|m[oó]vil|adresse|courriel|t[eé]l[eé]phone|portable|anschrift|handy|telefon|endere[cç]o|morada|telem[oó]vel|celular)\b\s*[:.-]?/i;

function hasContact(text: string): boolean {
  if (EMAIL_RE.test(text) || CONTACT_LABEL.test(text)) return true;
  const phone = PHONE_RE.exec(text);
  const digits = phone ? phone[0].replace(/\D/g, '').length : 0;
  return digits >= 8 && digits <= 13;
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

export function pickExcerpt(c: Conversation, side: 'CUSTOMER' | 'AGENT', maxLen: number, spam = false): Excerpt | null {
  const own = side === 'CUSTOMER' ? c.customer : c.agent;
  const other = side === 'CUSTOMER' ? c.agent : c.customer;
  const names = c.firstName ? [c.firstName] : [];
  const cands: Candidate[] = [];
  let firstSubstantive = -1;
  let firstPos = -1;
  // words that come back elsewhere in the conversation are what it is about: counted once, looked up per sentence
  const ownWords = new WordCounts();
  const otherWords = new WordCounts();
  for (const x of own) ownWords.addUnit(x.content);
  for (const x of other) otherWords.addUnit(x.content);
  own.forEach((m, mi) => {
    const mine = new Set(m.content);
    const recurs = (w: string) => otherWords.has(w) || ownWords.occursOutside(w, mine);
    if (side === 'CUSTOMER' && isClosing(m) && mi > 0) return;
    sentences(m.clean).forEach((raw, pos) => {
      const text = tidySentence(raw, names);
      const norm = normalize(text);
      const cw = contentWords(norm);
      if (!cw.length || SELF_INTRO.test(text) || text.length < 4) return;
      if (firstSubstantive < 0) {
        firstSubstantive = mi;
        firstPos = pos;
      }
      // words that come back elsewhere in the conversation are what it is about
      // a seller posing as a customer says what it sells with a guarantee, a monthly price, reviews…: in spam, that is the pitch
      const sellerHits = spam ? countPhrases(SELLER_PITCH, norm) + countPhrases(SELLER_REVEAL, norm) : 0;
      const spamHits = countPhrases(PROMO, norm) + countPhrases(SCAM, norm) + (hasPhrase(WRONG_NUMBER, norm) ? 1 : 0) + sellerHits;
      const spammySentence = spamHits > 0;
      // in a scam or a pitch, the agent echoing the sender's ask ("enter your account number here") is not its subject
      const recurring = new Set(cw.filter((w) => (spammySentence && side === 'CUSTOMER' ? ownWords.occursOutside(w, mine) : recurs(w))))
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
      const logistics = hasPhrase(LOGISTICS, norm, { negation: false }) || hasPhrase(META_QUESTION, norm, { negation: false });
      let score =
        (logistics ? -4 : 0) +
        2 * recurring +
        0.4 * Math.min(cw.length, 10) +
        (intent ? 2 : 0) +
        // the sentence that says most of the pitch (the offer, not the opener "I came across your website")
        (spammy ? 5 + 2 * Math.min(2, spamHits - 1) : 0) +
        (mi === firstSubstantive ? 4.5 : 0) +
        // the customer's opening words usually say what they want
        (mi === firstSubstantive && pos === firstPos ? 1.5 : 0) +
        // a scam's opening pitch says what it is; later messages only repeat the ask in the agent's words
        (spammy && mi === firstSubstantive && side === 'CUSTOMER' ? 3 : 0);
      if (text.length > 220) score -= 1.5;
      // contact details are not the subject
      if (hasContact(text)) score -= 3;
      // in spam, the pitch itself is the subject, not the compliments around it
      if (spam && !spammy) score -= 6;
      cands.push({ msg: m, pos, text, score, strong: !logistics && (recurring > 0 || intent || spammy) });
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
    if (prev && prev.pos === same[lo].pos - 1 && len + prev.text.length + 1 <= maxLen && !hasContact(prev.text)) {
      lo--;
      len += prev.text.length + 1;
      grew = true;
    }
    const next = same[hi + 1];
    if (next && next.pos === same[hi].pos + 1 && len + next.text.length + 1 <= maxLen && !hasContact(next.text)) {
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
