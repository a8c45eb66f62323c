/** Language guess from function words: cheap, deterministic, good enough for chat messages. */
import { LANGUAGE_WORDS } from './lexicon/words.lexicon';
import { normalize, words } from './text';

export type Lang = keyof typeof LANGUAGE_WORDS;
export const LANGS: readonly Lang[] = ['en', 'it', 'es', 'fr', 'de', 'pt'];

export interface LangGuess {
  lang: Lang;
  /** Function words recognised for the winner. */
  hits: number;
  /** Winner's hits minus the runner-up's. */
  margin: number;
}

export function detectLanguage(text: string): LangGuess {
  const toks = words(normalize(text));
  const scores = LANGS.map((l) => ({ l, n: toks.filter((t) => LANGUAGE_WORDS[l].has(t)).length }));
  scores.sort((a, b) => b.n - a.n || LANGS.indexOf(a.l) - LANGS.indexOf(b.l));
  return { lang: scores[0].l, hits: scores[0].n, margin: scores[0].n - scores[1].n };
}

/** Is this guess solid enough to say a message is in a given language? */
export function confident(g: LangGuess): boolean {
  return g.hits >= 3 && g.margin >= 2;
}
