/** Text helpers shared by the builtin reviewer: normalisation, sentences, clauses, words. */

/** Lower-case, accents stripped, typographic apostrophes unified. Keeps length-independent meaning, not offsets. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .toLowerCase();
}

/** Placeholders channels use for media ("[image]", "[voice note 0:48]"). */
export const MEDIA_PLACEHOLDER =
  /\[(image|photo|picture|video|audio|voice[^\]]*|sticker|document|file|gif|location|contact|immagine|foto|vocale[^\]]*|documento|posizione|imagen|nota de voz[^\]]*|documento|image|vidéo|message vocal[^\]]*|bild|sprachnachricht[^\]]*|imagem|áudio|mensagem de voz[^\]]*)\]/gi;

export type MediaKind = 'image' | 'voice' | 'video' | 'document' | 'other';

export function mediaKinds(text: string): MediaKind[] {
  const kinds: MediaKind[] = [];
  for (const m of text.matchAll(MEDIA_PLACEHOLDER)) {
    const k = normalize(m[1]);
    if (/voice|audio|vocale|voz|vocal|sprach/.test(k)) kinds.push('voice');
    else if (/image|photo|picture|immagine|foto|imagen|bild|imagem|sticker|gif/.test(k)) kinds.push('image');
    else if (/video/.test(k)) kinds.push('video');
    else if (/document|file|documento/.test(k)) kinds.push('document');
    else kinds.push('other');
  }
  return kinds;
}

export function stripMedia(text: string): string {
  return text.replace(MEDIA_PLACEHOLDER, ' ').replace(/\s+/g, ' ').trim();
}

/** Links: with a scheme or www., a host name with a path ("dhl-info.de/x"), or a bare host on a common link TLD (not an e-mail's). */
export const URL_RE =
  /\b(?:https?:\/\/|www\.)\S+|(?<![@\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,10}\/\S*|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|io|xyz|info|biz|top|example|ly|me|shop|online|site|link|click|live|vip|app)\b(?!\.\w)/gi;
export function hasUrl(text: string): boolean {
  URL_RE.lastIndex = 0;
  return URL_RE.test(text);
}
export function stripUrls(text: string): string {
  return text.replace(URL_RE, ' ');
}

const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** E-mail addresses out ("jordan.price@…" asks no price). */
export function stripEmails(text: string): string {
  return text.replace(EMAIL_ADDRESS, ' ');
}

const EMOJI_RE = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]/gu;
export function stripEmoji(text: string): string {
  return text.replace(EMOJI_RE, ' ');
}

/** Words (letters/digits, inner apostrophes and hyphens kept) of a normalised text. */
export function words(normText: string): string[] {
  return normText.match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g) ?? [];
}

/** Sentences of an original (not normalised) text; each keeps its final punctuation. */
/** What follows a German-style ordinal number ("12. Juli", "19. bis", "2. Stock"). */
const ORDINAL_NEXT =
  /^(\p{Ll}|\d|(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|stock|etage|obergeschoss|og|klasse|jahrhundert)\b)/iu;

export function sentences(text: string): string[] {
  const out: string[] = [];
  // an emoji followed by a capitalised word ends a sentence too ("shots 😍 Do you travel…")
  const marked = text.replace(/([\p{Extended_Pictographic}\uFE0F\u200D]+)\s+(?=[\p{Lu}])/gu, '$1\n');
  for (const line of marked.split(/\n+/)) {
    // split after . ! ? … followed by a space: keeps 1.350 and dott.ssa whole
    let buf = '';
    const parts = line.split(/(?<=[.!?…])\s+/);
    for (const [i, part] of parts.entries()) {
      buf = buf ? `${buf} ${part}` : part;
      const lastWord = ((buf.match(/(\S+)\.$/) ?? [])[1] ?? '').replace(/^\W+/, '');
      if (/^(dott|dr|mr|mrs|ms|sig|sr|st|prof|ing|avv|ca|approx|nr|tel|etc|vs|ecc|sra|mme|[a-z])$/i.test(lastWord)) continue;
      // an ordinal date or floor ("vom 12. bis 19. Juli", "im 2. Stock") does not end the sentence
      if (/^\d{1,2}$/.test(lastWord) && i + 1 < parts.length && ORDINAL_NEXT.test(parts[i + 1])) continue;
      if (buf.trim()) out.push(buf.trim());
      buf = '';
    }
    if (buf.trim()) out.push(buf.trim());
  }
  return out;
}

/** Clause boundaries inside a normalised sentence: punctuation and adversative conjunctions. */
export const CLAUSE_BREAK = /[.!?;:,\n()]|\s(?:but|however|ma|pero|però|mais|aber|mas|tuttavia|sin embargo|though)\s/;

export function countMatches(re: RegExp, text: string): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return (text.match(g) ?? []).length;
}

/** Cut at a word boundary to at most `max` characters, adding an ellipsis when something was cut. */
export function truncateWords(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, Math.max(0, max - 1));
  const sp = cut.lastIndexOf(' ');
  const base = (sp > max * 0.5 ? cut.slice(0, sp) : cut).replace(/[\s,;:.\-–]+$/, '');
  return base + '…';
}

/** Do two normalised words count as the same word for overlap purposes (plural, inflection)? */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = a.length > 3 && a.endsWith('s') ? a.slice(0, -1) : a;
  const sb = b.length > 3 && b.endsWith('s') ? b.slice(0, -1) : b;
  if (sa === sb) return true;
  const [short, long] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 4) return true;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (i >= 6 && short.length - i <= 3) return true;
  // a verb with different person endings ("comprate" / "compriamo", "vendemos" / "vendeis")
  if (short.length >= 6 && i >= 5 && short.length - i <= 3 && long.length - i <= 4) return true;
  // a verb stem with different Romance endings ("porti" / "portare", "llegado" / "llegar")
  return short.length >= 5 && i >= 4 && short.length - i <= 2 && long.length - i <= 4 && long.length - short.length >= 2;
}

export function capitalizeFirst(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
