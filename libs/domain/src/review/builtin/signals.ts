/**
 * What the customer and the agent said, as facts the status rules, the score and the summary read.
 * Every signal is attributed to a side: customer intent only from customer messages, business
 * actions (calls, bookings) from whoever reports them.
 */
import type { Conversation, Msg } from './conversation';
import { contentWords } from './conversation';
import { countPhrases, findPhrases, hasPhrase, type Phrases } from './patterns';
import * as L from './status.lexicon';
import { AGENT_PUSH, CLOSING, NEXT_STEP, POLITE } from './quality.lexicon';
import { hasUrl, normalize, stripEmoji, words } from './text';

export type SpamKind = 'promo' | 'scam' | 'adult' | 'bot' | 'wrong-number' | 'gibberish' | 'links';
export type DeclineKind = 'price' | 'elsewhere' | 'stop' | 'generic';

export interface Signals {
  spam: SpamKind | null;
  decline: { kind: DeclineKind; msg: Msg } | null;
  quoteRequest: boolean;
  priceQuestion: boolean;
  contactGiven: boolean;
  /** An actual email address or phone number written by the customer. */
  contactDetails: boolean;
  budgetGiven: boolean;
  dateGiven: boolean;
  quantityGiven: boolean;
  buyingInterest: number;
  infoRequest: number;
  existingCustomer: boolean;
  followUp: boolean;
  contactedPast: boolean;
  bookingConfirmed: boolean;
  /** The conversation ends with an agent question the customer has not answered. */
  waitingOnCustomer: string | null;
  /** The customer asked anything (a question with content). */
  customerAsked: boolean;
}

/** An IBAN written out ("IT60 X054 2811 1010 0000 0123 456"). */
const IBAN_RE = /\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}(?:\s?[A-Z0-9]{3,4}){2,}/;
export const EMAIL_RE = /[\w.+-]+@[\w-]+\.[\w.]+/;
export const PHONE_RE = /(?:\+|00)?\d[\d\s().-]{7,}\d/;
export const MONEY_RE =
  /[£$€]\s?\d|\d[\d.,]*\s?(?:€|eur\b|euro\b|euros\b|dollars?\b|pounds?\b|quid\b|sterline\b|reais\b|k\b|mila\b|grand\b)/i;

/** The agent tells the sender they reached the wrong number / the wrong business. */
const AGENT_WRONG_NUMBER =
  /wrong (number|person|business|chat)|reached the wrong|not the (person|business) you|numer\w* sbagliat|sbagliato numero|ha sbagliato (numero|persona|chat)|numero equivocado|equivocado de numero|(mauvais|faux) numero|trompe de numero|falsch\w* (nummer|person|chat)|verwahlt|numero errado|enganou no numero/;

/** Questions that close a conversation rather than wait for an answer ("anything else?"). */
const CLOSING_QUESTION =
  /anything else|something else|any other questions|help (you )?with anything|altro\?|qualcos'altro|posso aiutar\w* (in|con) (altro|qualcos)|c'e altro|algo mas|autre chose|noch etwas|mais alguma/;

/** Giving up on getting an answer ("forget it", "never mind"), not turning down an offer. */
const GIVE_UP =
  /(?<![a-z])(forget it|never ?mind|lascia(mo)? (perdere|stare)|non importa|olvidalo|dejalo|da igual|laisse(z)? tomber|tant pis|vergiss es|schon gut|esquece|deixa (pra|para) la)(?![a-z])/;

/** Questions that are not really asked (sales rhetoric). */
const RHETORICAL = /did you know|lo sapevi|sapevi che|ready to|pronto a|pronta a|sabias que|saviez-vous|wussten sie|sabia que/;

export function isQuestionSentence(s: string): boolean {
  return /\?\s*[\p{Extended_Pictographic}\uFE0F\s]*$/u.test(s.trim()) || /\?/.test(s);
}

/** A customer message that only closes or acknowledges ("thanks!", "👍", "sound, cheers"). */
export function isClosing(m: Msg): boolean {
  if (m.media.length && !m.clean) return false;
  if (!m.clean.trim()) return true;
  if (m.clean.includes('?')) return false;
  let rest = m.norm;
  for (const p of [CLOSING, POLITE]) rest = rest.replace(p.re, ' ');
  const left = words(stripEmoji(rest)).filter((w) => w.length > 1);
  return left.length <= 1 || (left.length <= 3 && words(m.norm).length <= 6 && hasPhrase(CLOSING, m.norm));
}

/** Mostly-meaningless letters ("asdkjh qwe zzzz"). */
export function isGibberish(norm: string): boolean {
  const toks = words(norm).filter((w) => /[a-z]/.test(w));
  if (!toks.length) return false;
  const weird = toks.filter(
    (w) =>
      (w.length >= 3 && !/[aeiouy]/.test(w)) ||
      /[bcdfghjklmnpqrstvwxz]{5,}/.test(w) ||
      /(.)\1\1/.test(w) ||
      /asdf|qwer|zxcv|hjkl|sdfg|dfgh|fghj|ghjk|jkl|uiop|wert|erty/.test(w),
  );
  return weird.length / toks.length >= 0.6;
}

export function computeSignals(c: Conversation): Signals {
  const cust = c.customer;
  const custNorm = cust.map((m) => m.norm);
  const all = (p: Phrases, msgs: Msg[], opts?: Parameters<typeof findPhrases>[2]) =>
    msgs.reduce((n, m) => n + countPhrases(p, m.norm, opts), 0);

  // "do you have parking?" is information, not buying: buying words in a sentence about practical things don't count
  const buyingInterest = cust.reduce(
    (n, m) =>
      n +
      m.norm
        .split(/(?<=[.!?\n])\s*/)
        .reduce((k, sent) => k + (hasPhrase(L.INFO_OBJECTS, sent) ? 0 : countPhrases(L.BUYING_INTEREST, sent)), 0),
    0,
  );
  const existingCustomer = cust.some((m) => hasPhrase(L.EXISTING_CUSTOMER, m.norm));
  const priceQuestion = cust.some((m) => hasPhrase(L.PRICE_QUESTION, m.norm));

  const infoRequest = all(L.INFO_REQUEST, cust);
  let decline = detectDecline(c);
  // someone who only wanted information and gives up ("forget it") after getting no answer declines nothing:
  // there was no offer to turn down, the conversation stays informational
  if (
    decline?.kind === 'generic' &&
    buyingInterest === 0 &&
    !priceQuestion &&
    infoRequest > 0 &&
    (GIVE_UP.test(decline.msg.norm) ||
      !c.agent.some(
        (m) =>
          m.index < decline!.msg.index &&
          (MONEY_RE.test(m.text) || hasPhrase(AGENT_PUSH, m.norm, { negation: false }) || hasPhrase(NEXT_STEP, m.norm)),
      ))
  )
    decline = null;
  return {
    spam: detectSpam(c, buyingInterest),
    decline,
    quoteRequest: detectQuote(c),
    priceQuestion,
    contactGiven: cust.some((m) => EMAIL_RE.test(m.text) || PHONE_RE.test(m.text) || hasPhrase(L.CONTACT_OFFERED, m.norm)),
    contactDetails: cust.some((m) => EMAIL_RE.test(m.text) || PHONE_RE.test(m.text)),
    budgetGiven: cust.some((m) => hasPhrase(L.BUDGET, m.norm) || (MONEY_RE.test(m.text) && !m.clean.includes('?'))),
    dateGiven: custNorm.some((n) => hasPhrase(L.DATE_MENTION, n)),
    quantityGiven: custNorm.some((n) => hasPhrase(L.QUANTITY, n)),
    buyingInterest,
    infoRequest,
    existingCustomer,
    followUp: cust.some((m) => hasPhrase(L.FOLLOW_UP, m.norm)),
    contactedPast: c.msgs.some((m) => hasPhrase(L.CONTACT_PAST, m.norm, { skipQuestions: true, skipConditional: true })),
    bookingConfirmed: detectBookingConfirmed(c),
    waitingOnCustomer: detectWaiting(c),
    customerAsked: cust.some(
      (m) => m.clean.includes('?') && !hasPhrase(L.META_QUESTION, m.norm, { negation: false }) && contentWords(m.norm).length > 0,
    ),
  };
}

function detectSpam(c: Conversation, buyingInterest: number): SpamKind | null {
  const cust = c.customer;
  if (!cust.length) return null;
  const agentNorm = c.agent.map((m) => m.norm).join('\n');
  const promo = cust.reduce((n, m) => n + countPhrases(L.PROMO, m.norm), 0);
  const scam = cust.reduce((n, m) => n + countPhrases(L.SCAM, m.norm), 0);
  const bot = cust.reduce((n, m) => n + countPhrases(L.BOT, m.norm), 0);
  const links = cust.filter((m) => hasUrl(m.text)).length;
  const agentRejects = hasPhrase(L.AGENT_SPAM_HANDLING, agentNorm);
  const score = promo + 2 * scam + 2 * bot + Math.min(links, 2) + (agentRejects ? 1 : 0);
  const ownCustomer = cust.some((m) => hasPhrase(L.EXISTING_CUSTOMER, m.norm));
  // one scam-like phrase from someone talking about their own order ("my parcel is held, order 5512") is a customer
  if (scam >= 1 && score >= 2 && !(ownCustomer && scam === 1 && !links)) return 'scam';
  // a story built to get money (a new number, an emergency, "send me a transfer, here is my IBAN"),
  // or a phishing notice (parcel held, account to verify, a prize) with a link to click
  const moneyAsk = cust.reduce((n, m) => n + countPhrases(L.MONEY_ASK, m.norm), 0);
  const hints = cust.reduce((n, m) => n + countPhrases(L.SCAM_HINT, m.norm), 0) + (cust.some((m) => IBAN_RE.test(m.text)) ? 1 : 0);
  if (!ownCustomer && moneyAsk >= 1 && hints + links >= 1) return 'scam';
  if (buyingInterest === 0 && links && hints >= 2) return 'scam';
  // dating / adult come-ons
  const adult = cust.reduce((n, m) => n + countPhrases(L.ADULT, m.norm), 0);
  if (buyingInterest === 0 && (adult >= 2 || (adult >= 1 && links))) return 'adult';
  if (bot >= 1 && buyingInterest === 0) return 'bot';
  if (promo >= 1 && score >= 2 && promo >= buyingInterest / 2) return 'promo';
  if (
    cust.some((m) => hasPhrase(L.WRONG_NUMBER, m.norm)) ||
    (AGENT_WRONG_NUMBER.test(agentNorm) && buyingInterest === 0) ||
    // a personal message meant for family or friends ("can you pick up milk on your way home?")
    (buyingInterest === 0 && cust.some((m) => hasPhrase(L.PERSONAL_MESSAGE, m.norm, { negation: false })))
  ) {
    return 'wrong-number';
  }
  const withLetters = cust.filter((m) => /[a-z]/.test(m.norm));
  if (withLetters.length && withLetters.every((m) => isGibberish(m.norm))) return 'gibberish';
  const substantive = cust.filter((m) => m.clean || hasUrl(m.text));
  if (links && substantive.every((m) => hasUrl(m.text) && contentWords(m.norm).length <= 2) && buyingInterest === 0) return 'links';
  return null;
}

function detectDecline(c: Conversation): Signals['decline'] {
  let found: Signals['decline'] = null;
  for (const m of c.customer) {
    const strong = hasPhrase(L.DECLINE_STRONG, m.norm, { skipQuestions: true });
    let weak = false;
    if (!strong && hasPhrase(L.DECLINE_WEAK, m.norm, { negation: false, skipQuestions: true })) {
      const prevAgent = [...c.agent].reverse().find((a) => a.index < m.index);
      weak =
        !!prevAgent &&
        !CLOSING_QUESTION.test(prevAgent.norm) &&
        (MONEY_RE.test(prevAgent.text) ||
          hasPhrase(NEXT_STEP, prevAgent.norm) ||
          hasPhrase(AGENT_PUSH, prevAgent.norm) ||
          prevAgent.clean.includes('?'));
    }
    // the customer's last stance in the message wins: giving up on the chat and then leaving contact details
    // or asking again for the quote ("forget the chat. if someone wants to quote me: name, number") is still buying
    if ((strong || weak) && buysAfterDecline(m)) {
      found = null;
      continue;
    }
    // "a bit over what we had in mind, but I like it... I'll think about it and write after payday": the
    // objection is followed by a deferral, the customer's last stance is "later", not "no"
    if ((strong || weak) && defersAfterDecline(m)) {
      found = null;
      continue;
    }
    if (strong || weak) {
      const kind: DeclineKind = hasPhrase(L.ELSEWHERE_REASON, m.norm)
        ? 'elsewhere'
        : hasPhrase(L.STOP_REASON, m.norm)
          ? 'stop'
          : hasPhrase(L.PRICE_REASON, m.norm)
            ? 'price'
            : 'generic';
      // a stronger reason given earlier wins over a later generic "no thanks"
      if (!found || kind !== 'generic' || found.kind === 'generic') found = { kind, msg: m };
      else found = { kind: found.kind, msg: m };
    } else if (
      found &&
      (hasPhrase(L.BUYING_INTEREST, m.norm) ||
        hasPhrase(L.CONTACT_OFFERED, m.norm) ||
        hasPhrase(L.QUOTE_EXPLICIT, m.norm) ||
        EMAIL_RE.test(m.text) ||
        PHONE_RE.test(m.text))
    ) {
      // the customer came back to buying after declining
      found = null;
    }
  }
  return found;
}

/** After a price objection or a generic no, the same message defers the decision ("ci penso e vi riscrivo"). */
function defersAfterDecline(m: Msg): boolean {
  if (hasPhrase(L.STOP_REASON, m.norm) || hasPhrase(L.ELSEWHERE_REASON, m.norm)) return false;
  const hits = [
    ...findPhrases(L.DECLINE_STRONG, m.norm, { skipQuestions: true }),
    ...findPhrases(L.DECLINE_WEAK, m.norm, { negation: false }),
  ];
  if (!hits.length) return false;
  const last = hits.reduce((a, b) => (b.index > a.index ? b : a));
  return hasPhrase(L.FOLLOW_UP, m.norm.slice(last.index + last.text.length));
}

/** After the last decline phrase of a message, the customer still asks for the product or leaves the means to follow up. */
function buysAfterDecline(m: Msg): boolean {
  const hits = [
    ...findPhrases(L.DECLINE_STRONG, m.norm, { skipQuestions: true }),
    ...findPhrases(L.DECLINE_WEAK, m.norm, { negation: false }),
  ];
  if (!hits.length) return false;
  const last = hits.reduce((a, b) => (b.index > a.index ? b : a));
  const rest = m.norm.slice(last.index + last.text.length);
  // what is given up is the channel, not the purchase ("I give up on this chat")
  const channelOnly =
    /^\s*(la |questa |sta |the |this |esta |este |le |ce |den |diesen |o |este )?(chat|whatsapp|bot|assistente|assistant|chatbot|conversa\w*)\b/.test(
      rest,
    );
  const buying = EMAIL_RE.test(rest) || PHONE_RE.test(rest) || hasPhrase(L.CONTACT_OFFERED, rest) || hasPhrase(L.QUOTE_EXPLICIT, rest);
  return buying && !hasPhrase(L.STOP_REASON, m.norm) && (channelOnly || !hasPhrase(L.ELSEWHERE_REASON, m.norm));
}

function detectQuote(c: Conversation): boolean {
  for (const m of c.customer) {
    if (hasPhrase(L.QUOTE_EXPLICIT, m.norm)) return true;
    if (hasPhrase(L.PRICE_QUESTION, m.norm) && hasPhrase(L.PRICE_SPECIFIC, m.norm)) return true;
  }
  // the agent offered a quote and the customer accepted
  for (let i = 0; i + 1 < c.msgs.length; i++) {
    const a = c.msgs[i];
    const b = c.msgs.slice(i + 1).find((m) => m.role === 'CUSTOMER');
    if (
      a.role === 'AGENT' &&
      b &&
      a.clean.includes('?') &&
      hasPhrase(L.QUOTE_EXPLICIT, a.norm) &&
      /^(yes|yeah|yep|sure|ok|si|certo|perfetto|va bene|claro|oui|ja|sim)\b/.test(b.norm.trim())
    ) {
      return true;
    }
  }
  return false;
}

/** A farewell naming a day ("see you Thursday", "a giovedì"): a booking only when an appointment is what was arranged. */
const FAREWELL_DAY = /^(see you|a |bis |ate |hasta el |nos vemos el )/;

/** Words naming something the business books or fixes with the customer. */
const APPOINTMENT_WORDS =
  /\b(appointments?|bookings?|reservations?|table|slot|visit|viewing|meeting|consultation|session|survey|test drive|call|appuntament\w*|prenotazion\w*|tavol\w+|visita|sopralluogo|incontro|consulenza|seduta|cita|reserva|mesa|reunion|consulta|rendez-vous|rdv|visite|termin\w*|reservierung|tisch|besichtigung|beratung|probefahrt|marcacao|reuniao)\b/;

/** The thing "confirmed" is an order or a delivery, not a meeting with the customer. */
const ORDER_CONTEXT =
  /\b(order|parcel|package|delivery|shipment|shipped|dispatch\w*|ordine|pacco|spedizion\w*|consegna|pedido|paquete|envio|entrega|commande|colis|livraison|bestellung|paket|lieferung|versand|encomenda|pacote)\b/;

/** After the confirmation, a condition makes it tentative ("the date is confirmed once the deposit is paid"). */
const TENTATIVE_AFTER =
  /^[^.!?\n]*?\b(once|as soon as|when|after|subject to|provided|pending|upon|until|appena|non appena|quando|dopo|una volta|previo|solo se|en cuanto|cuando|una vez|des que|quand|une fois|sobald|wenn|nachdem|assim que|quando|depois)\b[^.!?\n]*\b(deposit|paid|payment|pay|receive|confirm\w*|caparra|acconto|pagament\w*|pagat\w*|bonifico|deposito|senal|pago|pagad\w*|acompte|paiement|paye|anzahlung|bezahlt|zahlung|sinal|pagamento|pago)\b/;

/** The customer asks to know something ("I wanted to know if…"), a question without a question mark. */
const ASKS_ABOUT =
  /\b(wanted to (know|check|ask)|(i'?d|i would) like to know|can you (tell|confirm)|volevo (sapere|chiedere|verificare)|vorrei (sapere|chiedere|verificare)|(mi )?(sa|sapete|puo|potete) (dire|confermare)|quer[ií]a saber|quisiera saber|je voulais savoir|je voudrais savoir|ich wollte (wissen|fragen)|ich mochte wissen|gostaria de saber|queria saber)\b/;

function detectBookingConfirmed(c: Conversation): boolean {
  const appointmentTalk = c.msgs.some((m) => APPOINTMENT_WORDS.test(m.norm));
  for (const m of c.msgs) {
    const hits = findPhrases(L.BOOKING_CONFIRMED, m.norm, { skipQuestions: true, skipConditional: true }).filter((h) => {
      const sentStart = Math.max(...['.', '!', '?', '\n'].map((p) => m.norm.lastIndexOf(p, h.index - 1))) + 1;
      const sentEnd = m.norm.slice(h.index).search(/[.!?\n]/);
      const sentence = m.norm.slice(sentStart, sentEnd < 0 ? undefined : h.index + sentEnd);
      if (ORDER_CONTEXT.test(sentence) && !APPOINTMENT_WORDS.test(sentence)) return false;
      if (TENTATIVE_AFTER.test(m.norm.slice(h.index + h.text.length))) return false;
      if (FAREWELL_DAY.test(h.text.trim()) && !appointmentTalk) return false;
      return true;
    });
    if (!hits.length) continue;
    // a customer asking about a booking they made ("I booked with you, I wanted to know if the flight is confirmed")
    // reports a purchase and asks for information: nothing was fixed with them in this conversation
    if (m.role === 'CUSTOMER' && (m.clean.includes('?') || ASKS_ABOUT.test(m.norm))) continue;
    const prev = c.msgs[m.index - 1];
    if (hasPhrase(L.DATE_MENTION, m.norm) || (prev && hasPhrase(L.DATE_MENTION, prev.norm))) {
      if (m.role === 'AGENT') return true;
      // a customer confirming: the agent must not contradict it
      const reply = c.msgs.slice(m.index + 1).find((x) => x.role === 'AGENT');
      if (
        !reply ||
        !/\b(not available|no longer available|unfortunately|purtroppo|non (e|sara) possibile|fully booked|non abbiamo)\b/.test(reply.norm)
      )
        return true;
    }
  }
  return false;
}

function detectWaiting(c: Conversation): string | null {
  const last = c.turns[c.turns.length - 1];
  if (!last || last.role !== 'AGENT') return null;
  const qs = last.msgs
    .flatMap((m) => m.clean.split(/(?<=[.!?])\s+/))
    .filter((s) => s.includes('?'))
    .map((s) => normalize(s))
    .filter((s) => !CLOSING_QUESTION.test(s) && !RHETORICAL.test(s) && contentWords(s).length > 0);
  return qs.length ? qs[qs.length - 1] : null;
}
