/** Vocabulary of the summary writer, compiled from summary.lexicon.txt. */
import { phrases } from '../patterns';
import { readLexicon, section } from './lexicon-file';

const lex = readLexicon('summary');

/** Sentences about when/how the writer will reply, not about what they want. */
export const LOGISTICS = phrases(section(lex, 'LOGISTICS'));
