/** Word lists (function words, fillers, language markers) compiled from words.lexicon.txt. */
import { normalize, words } from '../text';
import { readLexicon, section } from './lexicon-file';

const lex = readLexicon('words');
const wordSet = (name: string): ReadonlySet<string> => new Set(words(normalize(section(lex, name).join(' '))));

export const FUNCTION_WORDS = wordSet('FUNCTION_WORDS');
export const FILLER_WORDS = wordSet('FILLER_WORDS');

export const LANGUAGE_WORDS = {
  en: wordSet('LANGUAGE_EN'),
  it: wordSet('LANGUAGE_IT'),
  es: wordSet('LANGUAGE_ES'),
  fr: wordSet('LANGUAGE_FR'),
  de: wordSet('LANGUAGE_DE'),
  pt: wordSet('LANGUAGE_PT'),
} as const;
