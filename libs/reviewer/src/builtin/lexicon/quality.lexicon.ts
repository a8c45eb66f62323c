/** Vocabulary behind the quality score and the summary's description of the agent, compiled from quality.lexicon.txt. */
import { phrases } from '../patterns';
import { readLexicon, section } from './lexicon-file';

const lex = readLexicon('quality');
const compile = (name: string) => phrases(section(lex, name));

export const NOT_UNDERSTOOD = compile('NOT_UNDERSTOOD');
export const DEFLECTION = compile('DEFLECTION');
export const AUTOREPLY = compile('AUTOREPLY');
export const AGENT_PUSH = compile('AGENT_PUSH');
export const NEXT_STEP = compile('NEXT_STEP');
export const CONTACT_REQUEST = compile('CONTACT_REQUEST');
export const POLITE = compile('POLITE');
export const FRUSTRATION = compile('FRUSTRATION');
export const CORRECTION = compile('CORRECTION');
export const DOOR_OPEN = compile('DOOR_OPEN');
export const GAVE_UP = compile('GAVE_UP');
export const RESIGNED = compile('RESIGNED');
export const CLOSING = compile('CLOSING');
export const SPAM_COMPLIANCE = compile('SPAM_COMPLIANCE');
