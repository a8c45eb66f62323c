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
  /** Hits of every language. */
  scores: Record<Lang, number>;
}

/** Letters and marks only one language of the six uses this way (on the original text: accents matter). */
const ORTHOGRAPHY: Partial<Record<Lang, RegExp[]>> = {
  pt: [/[ãõ]/i, /ção|ções/i],
  es: [/ñ/i, /[¿¡]/],
  de: [/ß/, /[äöü]/i],
  fr: [/œ/i, /[êëî]/i],
  it: [/\p{L}[èòùì](?!\p{L})/iu, /(?<!\p{L})è(?!\p{L})/iu],
};

/** Each distinctive spelling counts as two function words. */
const ORTHOGRAPHY_WEIGHT = 2;

export function detectLanguage(text: string): LangGuess {
  const toks = words(normalize(text));
  const scores = LANGS.map((l) => ({
    l,
    n:
      toks.filter((t) => LANGUAGE_WORDS[l].has(t)).length +
      ORTHOGRAPHY_WEIGHT * (ORTHOGRAPHY[l] ?? []).filter((re) => re.test(text)).length,
  }));
  const byLang = Object.fromEntries(scores.map((s) => [s.l, s.n])) as Record<Lang, number>;
  scores.sort((a, b) => b.n - a.n || LANGS.indexOf(a.l) - LANGS.indexOf(b.l));
  return { lang: scores[0].l, hits: scores[0].n, margin: scores[0].n - scores[1].n, scores: byLang };
}

/** Is a message clearly in another language than `expected` (close languages such as Spanish and Portuguese share words)? */
export function inOtherLanguage(g: LangGuess, expected: Lang): boolean {
  return g.lang !== expected && g.hits >= 3 && (g.margin >= 2 || g.hits - g.scores[expected] >= 1);
}
