// German spellings Meilisearch does not fold by itself. It folds "ü" to "u" ("muller" finds
// "Müller"), but "mueller" only by a typo, and never "ß" to "ss" ("strasse" does not find
// "Straße"). The document therefore also carries the transliterated text, and queries fold "ß".
//
// Every replacement is two UTF-8 bytes for two (ä is C3 A4, "ae" is 61 65): Meilisearch's match
// offsets (bytes) in the transliterated text are the same offsets in the original, so a match in
// either one highlights the original text.
const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
const GERMAN_LETTER = /[äöüÄÖÜß]/g;

/** The transliterated text ("Müller Straße" → "Mueller Strasse"), or undefined when it would be the same. */
export function germanSpelling(text: string | null | undefined): string | undefined {
  if (!text || !/[äöüÄÖÜß]/.test(text)) return undefined;
  return text.replace(GERMAN_LETTER, (c) => TRANSLITERATION[c]);
}

/** The transliterations of a list, aligned with it ('' where an element has none), or undefined when none has one. */
export function germanSpellings(texts: readonly string[]): string[] | undefined {
  const out = texts.map((t) => germanSpelling(t) ?? '');
  return out.some((t) => t !== '') ? out : undefined;
}

/** "ß" as "ss" in a query, so that "straße" finds "Strasse" as well as "Straße" (via the transliteration). */
export function foldSharpS(query: string): string {
  return query.replace(/ß/g, 'ss').replace(/ẞ/g, 'SS');
}
