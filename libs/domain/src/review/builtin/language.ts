/** Language guess from function words: cheap, deterministic, good enough for chat messages. */
import { normalize, words } from './text';

export type Lang = 'en' | 'it' | 'es' | 'fr' | 'de' | 'pt';
export const LANGS: readonly Lang[] = ['en', 'it', 'es', 'fr', 'de', 'pt'];

const STOPWORDS: Record<Lang, string> = {
  en: "the and is are you your i i'm im my me we our to do does did what how when where is it it's this that for with have has can could would will of on in at just thanks thank please hi hello hey yes not don't there be an if so still any about",
  it: 'il lo la gli le un una uno che di del della dei delle per con non sono ho hai ha abbiamo avete mi ti ci vi si e è ma anche come quando dove perché grazie buongiorno buonasera ciao salve vorrei volevo potete può sì questo questa nel nella al alla più cosa fate siete da dal dalla dalle dai degli sul sulla poi però ancora già',
  es: 'el los las un una unos unas aquí has haz hay muy gracias que de del por para con no es está están soy tengo tiene tienen hola gracias quiero quisiera usted ustedes cuando donde como pero muy también esto esta mi su hay puedo pueden buenos días',
  fr: "le la les des du de un une est sont je tu vous nous pour avec pas ne bonjour merci oui est-ce qu'est que qui mais aussi mon ma mes votre vos c'est j'ai avez pouvez etes quels quel quelle sommes",
  de: 'der die das den dem ein eine und ist sind ich sie wir nicht mit für auf zu haben habe hallo danke bitte ja nein wie wann wo was aber auch mein meine ihr ihre können kann gibt es',
  pt: 'o os a as um uma que de do da dos aqui você não obrigado das para com não é está são eu você vocês tem têm olá obrigado obrigada quero gostaria quando onde como mas muito também meu minha seu sua posso podem bom dia',
};

const SETS: Record<Lang, Set<string>> = Object.fromEntries(LANGS.map((l) => [l, new Set(words(normalize(STOPWORDS[l])))])) as Record<
  Lang,
  Set<string>
>;

export interface LangGuess {
  lang: Lang;
  /** Function words recognised for the winner. */
  hits: number;
  /** Winner's hits minus the runner-up's. */
  margin: number;
}

export function detectLanguage(text: string): LangGuess {
  const toks = words(normalize(text));
  const scores = LANGS.map((l) => ({ l, n: toks.filter((t) => SETS[l].has(t)).length }));
  scores.sort((a, b) => b.n - a.n || LANGS.indexOf(a.l) - LANGS.indexOf(b.l));
  return { lang: scores[0].l, hits: scores[0].n, margin: scores[0].n - scores[1].n };
}

/** Is this guess solid enough to say a message is in a given language? */
export function confident(g: LangGuess): boolean {
  return g.hits >= 3 && g.margin >= 2;
}
