/** SPAM: promotion, scams, adult come-ons, bots, wrong numbers, gibberish, bare links — from the customer's messages. */
import type { Conversation, Msg } from '../conversation';
import { hit, type Hit } from '../evidence';
import { AGENT_WRONG_NUMBER } from '../lexicon/cues.lexicon';
import * as L from '../lexicon/status.lexicon';
import { countPhrases, findPhrases, hasPhrase, type Phrases } from '../patterns';
import { hasUrl, URL_RE } from '../text';
import { hasSpammyLink, promoStyle } from './promo-style';
import { IBAN_RE, isGibberish } from './text-signals';

export type SpamKind = 'promo' | 'scam' | 'adult' | 'bot' | 'wrong-number' | 'gibberish' | 'links';

export interface SpamSignal {
  kind: SpamKind;
  /** The customer messages that made it spam. */
  hits: Hit[];
}

export function detectSpam(c: Conversation, buyingInterest: number): SpamSignal | null {
  const cust = c.customer;
  if (!cust.length) return null;
  const agentNorm = c.agent.map((m) => m.norm).join('\n');
  const count = (p: Phrases) => cust.reduce((n, m) => n + countPhrases(p, m.norm), 0);
  const hitsOf = (...ps: Phrases[]) =>
    cust.flatMap((m) =>
      ps
        .filter((p) => hasPhrase(p, m.norm))
        .slice(0, 1)
        .map((p) => hit(m, p.re)),
    );
  const linkHits = cust.filter((m) => hasUrl(m.text)).map((m) => hit(m, undefined, URL_RE));
  const promo = count(L.PROMO);
  const scam = count(L.SCAM);
  const bot = count(L.BOT);
  const links = linkHits.length;
  const agentRejects = hasPhrase(L.AGENT_SPAM_HANDLING, agentNorm);
  const score = promo + 2 * scam + 2 * bot + Math.min(links, 2) + (agentRejects ? 1 : 0);
  const ownCustomer = cust.some((m) => hasPhrase(L.EXISTING_CUSTOMER, m.norm));
  const found = (kind: SpamKind, hits: Hit[]): SpamSignal => ({ kind, hits: hits.length ? hits : cust.slice(0, 1).map((m) => hit(m)) });
  // one scam-like phrase from someone talking about their own order ("my parcel is held, order 5512") is a customer
  if (scam >= 1 && score >= 2 && !(ownCustomer && scam === 1 && !links)) return found('scam', [...hitsOf(L.SCAM), ...linkHits]);
  // a story built to get money (a new number, an emergency, "send me a transfer, here is my IBAN"),
  // or a phishing notice (parcel held, account to verify, a prize) with a link to click
  const moneyAsk = count(L.MONEY_ASK);
  const ibans = cust.filter((m) => IBAN_RE.test(m.text));
  const hints = count(L.SCAM_HINT) + (ibans.length ? 1 : 0);
  const scamStory = () => [...hitsOf(L.MONEY_ASK, L.SCAM_HINT), ...ibans.map((m) => hit(m, undefined, IBAN_RE)), ...linkHits];
  if (!ownCustomer && moneyAsk >= 1 && hints + links >= 1) return found('scam', scamStory());
  if (buyingInterest === 0 && links && hints >= 2) return found('scam', scamStory());
  // dating / adult come-ons
  const adult = count(L.ADULT);
  if (buyingInterest === 0 && (adult >= 2 || (adult >= 1 && links))) return found('adult', [...hitsOf(L.ADULT), ...linkHits]);
  if (bot >= 1 && buyingInterest === 0) return found('bot', hitsOf(L.BOT));
  if (promo >= 1 && score >= 2 && promo >= buyingInterest / 2) return found('promo', [...hitsOf(L.PROMO), ...linkHits]);
  // a "customer" who turns out to sell to the business ("actually I'm from ReviewBoost: 4.8 stars in 30 days, from
  // €199 a month"): what they asked before was bait, whatever buying words it had
  const pitches = cust.filter(
    (m) => hasPhrase(L.SELLER_REVEAL, m.norm) && (hasPhrase(L.SELLER_PITCH, m.norm) || hasPhrase(L.PROMO, m.norm) || hasUrl(m.text)),
  );
  if (pitches.length)
    return found(
      'promo',
      pitches.map((m) => hit(m, L.SELLER_REVEAL.re)),
    );
  const wrong = cust.filter((m) => hasPhrase(L.WRONG_NUMBER, m.norm) && !slipPutRight(m, cust));
  const personal = buyingInterest === 0 ? cust.filter((m) => hasPhrase(L.PERSONAL_MESSAGE, m.norm, { negation: false })) : [];
  if (wrong.length || (AGENT_WRONG_NUMBER.test(agentNorm) && buyingInterest === 0) || personal.length) {
    // a personal message meant for family or friends ("can you pick up milk on your way home?") is a wrong number too
    return found('wrong-number', [...wrong.map((m) => hit(m, L.WRONG_NUMBER.re)), ...personal.map((m) => hit(m, L.PERSONAL_MESSAGE.re))]);
  }
  // a link the agent turned away ("we don't open links", "this chat is only for bookings") from someone not buying
  if (links && agentRejects && buyingInterest === 0 && !ownCustomer) return found('links', linkHits);
  const withLetters = cust.filter((m) => /[a-z]/.test(m.norm));
  if (withLetters.length && withLetters.every((m) => isGibberish(m.norm)))
    return found(
      'gibberish',
      withLetters.map((m: Msg) => hit(m)),
    );
  // a link written like mass promotion (shouting, emoji, "free", a throwaway domain) from someone who asks
  // the business nothing, buys nothing and is not a customer: promotion or phishing, whatever its wording
  const asksBusiness = cust.some((m) => m.clean.includes('?') && m.content.length >= 2 && !promoStyle(m));
  const styled = cust.filter((m) => hasUrl(m.text) && (promoStyle(m) >= 2 || (hasSpammyLink(m) && promoStyle(m) >= 1)));
  if (styled.length && buyingInterest === 0 && !asksBusiness && !ownCustomer) return found('links', linkHits);
  const substantive = cust.filter((m) => m.clean || hasUrl(m.text));
  if (links && substantive.every((m) => hasUrl(m.text) && m.content.length <= 2) && buyingInterest === 0) return found('links', linkHits);
  return null;
}

/**
 * Buying words after the wrong-number words, in the same message ("sorry, wrong chat 🙈 I mean: do you make…?") or
 * a later one ("since I'm here, do you make…?"): the sender slipped, then asked for real.
 */
function slipPutRight(m: Msg, cust: readonly Msg[]): boolean {
  const slip = findPhrases(L.WRONG_NUMBER, m.norm, { negation: false }).at(-1);
  if (slip && hasPhrase(L.BUYING_INTEREST, m.norm.slice(slip.index + slip.text.length))) return true;
  return cust.some((x) => x.index > m.index && hasPhrase(L.BUYING_INTEREST, x.norm));
}
