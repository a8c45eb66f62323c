/**
 * A tiny phrase language for vocabulary lists, compiled once to RegExps over normalised text
 * (see text.normalize): write phrases with accents or without, `word*` = any ending,
 * ` ~ ` = up to three words in between, otherwise plain RegExp syntax ((a|b), x?, \d).
 */
import { normalize } from './text';

export interface Phrases {
  readonly re: RegExp;
  /** Raw matches per text already seen (texts repeat a lot within one review). Bounded. */
  readonly cache: Map<string, RegExpMatchArray[]>;
}

const CACHE_LIMIT = 4000;

function rawMatches(p: Phrases, norm: string): RegExpMatchArray[] {
  let hit = p.cache.get(norm);
  if (!hit) {
    p.re.lastIndex = 0;
    hit = [...norm.matchAll(p.re)];
    if (p.cache.size >= CACHE_LIMIT) p.cache.clear();
    p.cache.set(norm, hit);
  }
  return hit;
}

/** Chat spellings of a few words every phrase with them also matches ("what would u charge", "lo q teníamos pensado"). */
const CHAT_SPELLINGS: [RegExp, string][] = [
  [/(?<![a-z])you(?![a-z])/g, '(?:you|u)'],
  [/(?<![a-z])your(?![a-z])/g, '(?:your|ur|yr)'],
  [/(?<![a-z])please(?![a-z])/g, '(?:please|pls|plz)'],
  [/(?<![a-z])message(?![a-z])/g, '(?:message|msg)'],
  [/(?<![a-z])text(?![a-z])/g, '(?:text|txt)'],
  [/(?<![a-z])que(?![a-z])/g, '(?:que|q|k)'],
];

function compileOne(phrase: string): string {
  return CHAT_SPELLINGS.reduce((src, [word, spellings]) => src.replace(word, spellings), normalize(phrase))
    .trim()
    .replace(/\s+~\s+/g, '@GAP@')
    .replace(/([a-z0-9'])\*/g, '$1\\w*')
    .replace(/ \?/g, '@OPTSP@')
    .replace(/ +/g, "[\\s'-]+")
    .replace(/@OPTSP@/g, "[\\s'-]*")
    .replace(/@GAP@/g, "(?:[\\s,'-]+[^\\s.!?;]+){0,3}[\\s,'-]+");
}

/** One RegExp matching any of the phrases of all the given languages, on word boundaries. */
export function phrases(...lists: (readonly string[])[]): Phrases {
  const src = lists.flat().map(compileOne).join('|');
  return { re: new RegExp(`(?<![a-z0-9])(?:${src})(?![a-z0-9])`, 'g'), cache: new Map() };
}

const NEGATORS = new Set(
  (
    "not no never dont don't doesnt doesn't didnt didn't isnt isn't arent aren't wasnt wasn't havent haven't hasnt hasn't " +
    "cant can't cannot wont won't wouldnt wouldn't nobody nothing without " +
    'non mai nessuno niente nulla nemmeno neanche senza ' +
    'nunca nadie nada sin ni ' +
    "ne n'ai pas jamais personne rien sans " +
    'nicht kein keine keinen nie niemand nichts ohne ' +
    'nao nem ninguem sem'
  ).split(/\s+/),
);

/** "no" / "non" / "nein" followed by a subject pronoun: an interjection, not the negation of the clause after it. */
const INTERJECTED_NO = /(?<![a-z])(?:no|non|nao|nein|nope|nah)\s+(?=(?:je|j'|i|we|nous|yo|eu|ich|wir|io)(?![a-z]))/g;

const FRENCH_CLAUSE = /^(je|j'|tu|il|elle|on|nous|vous|ils|elles)(?![a-z])/;

/** Where the clause after the last interjected "no" that ends by `limit` starts (0 when none). */
function lastInterjectedNo(text: string, limit: number): number {
  let at = 0;
  for (const m of text.matchAll(INTERJECTED_NO)) if ((m.index ?? 0) + m[0].length <= limit) at = (m.index ?? 0) + m[0].length;
  return at;
}

const ARTICLES = new Set(
  "a an the un una uno une il lo la le el los las les de di du des d'un um uma o os as ein eine einen einem".split(' '),
);

// French and Spanish "si" only before a subject or article: alone it is also Spanish "sí" (yes)
const CONDITIONALS =
  /(?<![a-z])(if|once|when|whenever|as soon as|unless|se|appena|quando|una volta|dopo che|qualora|cuando|una vez|en cuanto|des que|quand|lorsque|une fois|wenn|sobald|falls|nachdem|assim que|caso|depois que|si(?= (?:mon|ma|mes|ton|ta|le|la|les|un|une|je|j'|tu|vous|on|il|elle|el|mi|mis|su|sus|usted|alguien|algo|hay)(?![a-z])))(?![a-z])/;

/** A statement turned into a check by a tag at its end (", no?", ", right?", ", vero?", ", oder?"). */
const TAG_QUESTION_END =
  /[,\s](no|right|correct|yes|ok|okay|vero|giusto|certo|verdad|cierto|vale|non|n'est-ce pas|c'est ca|d'accord|oder|richtig|stimmt's|ne|nao|nao e|certo|sim)\s*\?+$/;

export interface MatchOptions {
  /** Ignore a match whose clause has a negator in the three words before it (default true). */
  negation?: boolean;
  /** Ignore a match inside a question (sentence ending with "?") (default false). */
  skipQuestions?: boolean;
  /** Ignore a match preceded in its sentence by a conditional/temporal conjunction ("once", "if", "appena") (default false). */
  skipConditional?: boolean;
}

export interface PhraseMatch {
  text: string;
  index: number;
}

/** Matches of `p` in normalised text `norm`, filtered by context rules. */
export function findPhrases(p: Phrases, norm: string, opts: MatchOptions = {}): PhraseMatch[] {
  const { negation = true, skipQuestions = false, skipConditional = false } = opts;
  const out: PhraseMatch[] = [];
  for (const m of rawMatches(p, norm)) {
    const idx = m.index ?? 0;
    const before = norm.slice(0, idx);
    const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
    const sentenceBefore = before.slice(sentenceStart);
    if (negation && !startsNegated(m[0])) {
      // in chat an emoji closes a clause: "3rd floor and NO lift 🙃 roughly what are we looking at" negates nothing after it
      const clauseBefore = sentenceBefore.split(/[,;:()]|\p{Extended_Pictographic}|\s(?:but|ma|pero|mais|aber|mas)\s/u).pop() ?? '';
      // a "no" right before the speaker's own clause answers what came before ("euh non je me suis trompée de numéro")
      const ownClause = clauseBefore.slice(lastInterjectedNo(clauseBefore + norm.slice(idx, idx + 6), clauseBefore.length));
      // articles don't count towards the three words ("non mi serve un preventivo", "não preciso de um orçamento")
      const prev = ownClause
        .trim()
        .split(/\s+/)
        .filter((w) => !ARTICLES.has(w))
        .slice(-3);
      // French negates with "ne … pas": a "non" before a French clause is always an interjection
      const french = FRENCH_CLAUSE.test(m[0]);
      const negators = prev.map((w) => w.replace(/[^a-z']/g, '')).filter((w) => NEGATORS.has(w) && !(french && w === 'non'));
      if (negators.length) continue;
    }
    if (skipQuestions) {
      const rest = norm.slice(idx);
      const end = rest.search(/[.!?\n]/);
      // "we said Thursday at 5:30, right?" checks a statement: it is not a question about it
      if (end >= 0 && rest[end] === '?' && !TAG_QUESTION_END.test(rest.slice(0, end + 1))) continue;
    }
    if (skipConditional && CONDITIONALS.test(sentenceBefore)) continue;
    out.push({ text: m[0], index: idx });
  }
  return out;
}

export function hasPhrase(p: Phrases, norm: string, opts?: MatchOptions): boolean {
  return findPhrases(p, norm, opts).length > 0;
}

export function countPhrases(p: Phrases, norm: string, opts?: MatchOptions): number {
  return findPhrases(p, norm, opts).length;
}

function startsNegated(matched: string): boolean {
  const first = matched.split(/[\s'-]+/)[0];
  return NEGATORS.has(first);
}
