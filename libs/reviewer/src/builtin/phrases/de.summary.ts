/** German wording of the builtin reviewer's summaries. */
import type { MediaKind } from '../text';
import type { SummaryPhrases } from './summary-phrases';

const NAMES: Record<MediaKind, string> = {
  image: 'ein Foto',
  voice: 'eine Sprachnachricht',
  video: 'ein Video',
  document: 'ein Dokument',
  other: 'einen Anhang',
};
const media = (kinds: MediaKind[]) => [...new Set(kinds)].map((k) => NAMES[k]).join(' und ');

export const summary: SummaryPhrases = {
  quote: (s) => `„${s}“`,
  customer: 'Der Kunde',
  sender: 'Ein Absender',
  asked: 'fragte',
  wrote: 'schrieb',
  askedQuote: 'bat um ein Angebot',
  agentOpened: (s) => `Das Unternehmen schrieb zuerst: „${s}“.`,
  onlyGreeting: (who, m) => `${who} hat nur gegrüßt${m.length ? ` und ${media(m)} geschickt` : ''}, noch ohne Anliegen.`,
  onlyMedia: (who, m) => `${who} hat ${media(m)} ohne Text geschickt.`,
  mediaThen: (who, m, v) => `${who} schickte ${media(m)} und ${v} dann`,
  mediaAfter: (m) => `Danach schickte die Person ${media(m)}.`,
  spam: {
    promo: 'schickte unerwünschte Werbung',
    scam: 'schickte einen wahrscheinlichen Betrugsversuch',
    adult: 'schickte Dating-/Erotik-Spam',
    bot: 'schickte eine automatische Nachricht',
    'wrong-number': 'schrieb an die falsche Nummer',
    gibberish: 'schickte sinnlosen Text',
    links: 'schickte nur Links',
  },
  agent: {
    never: 'Der Agent hat nie geantwortet.',
    wrongLanguage: 'Der Agent antwortete in einer anderen Sprache, ohne auf das Anliegen einzugehen.',
    notUnderstood: (many) => (many ? 'Der Agent antwortete wiederholt, er verstehe nicht.' : 'Der Agent antwortete, er verstehe nicht.'),
    sameAutoReply: 'Der Agent schickte nur dieselbe automatische Antwort.',
    pushy: 'Der Agent drängte nach der Absage weiter zum Kauf.',
    offTopic: 'Der Agent überging die Frage und bot etwas anderes an.',
    partial: 'Der Agent antwortete nur teilweise; eine Frage blieb offen.',
    ignored: 'Der Agent beantwortete die Frage nicht.',
    repliedExcerpt: (s) => `Der Agent antwortete: „${s}“.`,
    specific: 'Der Agent antwortete mit konkreten Angaben',
    replied: 'Der Agent antwortete',
    nextStep: 'schlug einen nächsten Schritt vor',
    askedBack: 'stellte eine Rückfrage',
    askedContact: 'fragte nach Kontaktdaten',
    spamPolite: 'Der Agent antwortete höflich und knapp.',
    spamWrongNumber: 'Der Agent wies freundlich auf die falsche Nummer hin.',
    spamEngaged: 'Der Agent ließ sich ausführlich auf den Absender ein.',
    slow: 'nach langer Wartezeit',
  },
  outcome: {
    spam: 'Kein Kundengespräch: Spam.',
    wrongNumber: 'Falsche Nummer, kein Kunde.',
    declined: {
      price: 'Der Kunde lehnte wegen des Preises ab.',
      elsewhere: 'Der Kunde hat woanders gekauft.',
      stop: 'Der Kunde möchte nicht mehr kontaktiert werden.',
      generic: 'Der Kunde lehnte ab.',
    },
    quote: 'Nächster Schritt: Angebot senden.',
    potential: (contact) =>
      contact
        ? 'Der Kunde hat seine Kontaktdaten hinterlassen: ein qualifizierter Lead.'
        : 'Der Kunde hat die nötigen Angaben gemacht: ein qualifizierter Lead.',
    contactedBooked: 'Der Termin ist bestätigt.',
    contactedCalled: 'Das Unternehmen hatte bereits außerhalb des Chats mit dem Kunden gesprochen.',
    followUp: 'Der Kunde entscheidet später: nachfassen.',
    waiting: 'Die Antwort des Kunden steht aus.',
    opportunity: 'Interessierter Kunde, noch nicht qualifiziert.',
    info: 'Nur eine Informationsanfrage, keine Kaufabsicht.',
    open: 'Das Gespräch ist noch offen.',
    unanswered: 'Die letzte Nachricht des Kunden ist noch unbeantwortet.',
  },
  and: 'und',
};
