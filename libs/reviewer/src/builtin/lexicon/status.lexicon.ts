/**
 * Vocabulary behind the status rules, compiled from status.lexicon.txt (one section per concept,
 * English and Italian in depth, Spanish, French, German and Portuguese for the common phrasings).
 */
import { phrases } from '../patterns';
import { readLexicon, section } from './lexicon-file';

const lex = readLexicon('status');
const compile = (name: string) => phrases(section(lex, name));

export const PROMO = compile('PROMO');
export const SCAM = compile('SCAM');
export const BOT = compile('BOT');
export const MONEY_ASK = compile('MONEY_ASK');
export const SCAM_HINT = compile('SCAM_HINT');
export const ADULT = compile('ADULT');
export const WRONG_NUMBER = compile('WRONG_NUMBER');
export const PERSONAL_MESSAGE = compile('PERSONAL_MESSAGE');
export const AGENT_SPAM_HANDLING = compile('AGENT_SPAM_HANDLING');
export const DECLINE_STRONG = compile('DECLINE_STRONG');
export const DECLINE_DONE_ELSEWHERE = compile('DECLINE_DONE_ELSEWHERE');
export const DECLINE_WEAK = compile('DECLINE_WEAK');
export const PRICE_REASON = compile('PRICE_REASON');
export const ELSEWHERE_REASON = compile('ELSEWHERE_REASON');
export const STOP_REASON = compile('STOP_REASON');
export const QUOTE_EXPLICIT = compile('QUOTE_EXPLICIT');
export const QUOTE_RECEIVED = compile('QUOTE_RECEIVED');
export const GOES_ON_ITSELF = compile('GOES_ON_ITSELF');
export const PRICE_QUESTION = compile('PRICE_QUESTION');
export const PRICE_SPECIFIC = compile('PRICE_SPECIFIC');
export const CONTACT_OFFERED = compile('CONTACT_OFFERED');
export const BUDGET = compile('BUDGET');
export const DATE_MENTION = compile('DATE_MENTION');
export const QUANTITY = compile('QUANTITY');
export const CONTACT_PAST = compile('CONTACT_PAST');
export const BOOKING_CONFIRMED = compile('BOOKING_CONFIRMED');
export const FOLLOW_UP = compile('FOLLOW_UP');
export const BUYING_INTEREST = compile('BUYING_INTEREST');
export const INFO_REQUEST = compile('INFO_REQUEST');
export const INFO_WEAK = compile('INFO_WEAK');
export const PROBLEM_REPORT = compile('PROBLEM_REPORT');
export const OWN_MISHAP = compile('OWN_MISHAP');
export const ADDRESS = compile('ADDRESS');
export const EXISTING_CUSTOMER = compile('EXISTING_CUSTOMER');
export const SELLER_REVEAL = compile('SELLER_REVEAL');
export const SELLER_PITCH = compile('SELLER_PITCH');
export const RECONTACT = compile('RECONTACT');
export const LATER_TIME = compile('LATER_TIME');
export const INFO_OBJECTS = compile('INFO_OBJECTS');
export const META_QUESTION = compile('META_QUESTION');
export const BOOKING_DENIED = compile('BOOKING_DENIED');
