/** Short cue lists (cues.lexicon.txt) compiled to RegExps over normalised text. */
import { readLexicon, section } from './lexicon-file';

const lex = readLexicon('cues');
const alternatives = (name: string) => section(lex, name).join('|');
/** Any alternative, anywhere. */
const anywhere = (name: string) => new RegExp(alternatives(name));
/** Any alternative as whole words. */
const wholeWords = (name: string) => new RegExp(`\\b(?:${alternatives(name)})\\b`);
/** Any alternative not inside a longer word. */
const bounded = (name: string) => new RegExp(`(?<![a-z])(?:${alternatives(name)})(?![a-z])`);

export const AGENT_WRONG_NUMBER = anywhere('AGENT_WRONG_NUMBER');
export const CLOSING_QUESTION = anywhere('CLOSING_QUESTION');
export const GIVE_UP = bounded('GIVE_UP');
export const RHETORICAL = anywhere('RHETORICAL');
export const APPOINTMENT_WORDS = wholeWords('APPOINTMENT_WORDS');
export const ORDER_CONTEXT = wholeWords('ORDER_CONTEXT');
export const ASKS_ABOUT = wholeWords('ASKS_ABOUT');
export const TIME_ASK = anywhere('TIME_ASK');
export const LOCATION_ASK = anywhere('LOCATION_ASK');
export const ORDER_STATUS_ASK = anywhere('ORDER_STATUS_ASK');
export const ORDER_STATUS_IN_REPLY = wholeWords('ORDER_STATUS_IN_REPLY');
export const OPT_OUT_DONE = wholeWords('OPT_OUT_DONE');
