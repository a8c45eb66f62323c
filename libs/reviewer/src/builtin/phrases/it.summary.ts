/** Italian wording of the builtin reviewer's summaries. */
import type { MediaKind } from '../text';
import type { SummaryPhrases } from './summary-phrases';

const NAMES: Record<MediaKind, string> = {
  image: 'una foto',
  voice: 'un messaggio vocale',
  video: 'un video',
  document: 'un documento',
  other: 'un allegato',
};
const media = (kinds: MediaKind[]) => [...new Set(kinds)].map((k) => NAMES[k]).join(' e ');

export const summary: SummaryPhrases = {
  quote: (s) => `«${s}»`,
  customer: 'Il cliente',
  sender: 'Un mittente',
  asked: 'ha chiesto',
  wrote: 'ha scritto',
  askedQuote: 'ha chiesto un preventivo',
  agentOpened: (s) => `L'attività ha scritto per prima: «${s}».`,
  onlyGreeting: (who, m) => `${who} ha solo salutato${m.length ? ` e inviato ${media(m)}` : ''}, senza ancora una richiesta.`,
  onlyMedia: (who, m) => `${who} ha inviato ${media(m)} senza testo.`,
  mediaThen: (who, m, v) => `${who} ha inviato ${media(m)} e poi ${v}`,
  mediaAfter: (m) => `Poi ha inviato ${media(m)}.`,
  spam: {
    promo: 'ha inviato una promozione non richiesta',
    scam: 'ha inviato un probabile tentativo di truffa',
    adult: 'ha inviato spam di incontri/per adulti',
    bot: 'ha inviato un messaggio automatico',
    'wrong-number': 'ha scritto al numero sbagliato',
    gibberish: 'ha inviato un testo senza senso',
    links: 'ha inviato solo dei link',
  },
  agent: {
    never: "L'agente non ha mai risposto.",
    wrongLanguage: "L'agente ha risposto in un'altra lingua senza affrontare la richiesta.",
    notUnderstood: (many) =>
      many ? "L'agente ha continuato a rispondere di non aver capito." : "L'agente ha risposto di non aver capito.",
    sameAutoReply: "L'agente ha inviato solo la stessa risposta automatica.",
    pushy: "L'agente ha insistito a vendere dopo il rifiuto del cliente.",
    offTopic: "L'agente ha ignorato la domanda proponendo un'offerta non pertinente.",
    partial: "L'agente ha risposto solo in parte, lasciando una domanda senza risposta.",
    ignored: "L'agente non ha risposto alla domanda.",
    repliedExcerpt: (s) => `L'agente ha risposto: «${s}».`,
    specific: "L'agente ha risposto con dettagli precisi",
    replied: "L'agente ha risposto",
    nextStep: 'ha proposto un passo successivo',
    askedBack: 'ha fatto una domanda per proseguire',
    askedContact: 'ha chiesto i recapiti',
    spamPolite: "L'agente ha risposto in modo cortese e breve.",
    spamWrongNumber: "L'agente ha fatto notare con gentilezza che il numero era sbagliato.",
    spamEngaged: "L'agente ha dato corda al mittente.",
    slow: 'dopo una lunga attesa',
  },
  outcome: {
    spam: 'Non è una conversazione con un cliente: spam.',
    wrongNumber: 'Numero sbagliato, non è un cliente.',
    declined: {
      price: 'Il cliente ha rinunciato per il prezzo.',
      elsewhere: 'Il cliente ha acquistato altrove.',
      stop: 'Il cliente ha chiesto di non essere più contattato.',
      generic: 'Il cliente ha rinunciato.',
    },
    quote: 'Prossimo passo: inviare il preventivo.',
    potential: (contact) =>
      contact
        ? 'Il cliente ha lasciato i suoi recapiti: un contatto qualificato da seguire.'
        : 'Il cliente ha dato i dettagli necessari: un contatto qualificato da seguire.',
    contactedBooked: "L'appuntamento è confermato.",
    contactedCalled: "L'attività aveva già sentito il cliente fuori dalla chat.",
    followUp: 'Il cliente deciderà più avanti: da ricontattare.',
    waiting: 'Si attende la risposta del cliente.',
    opportunity: 'Cliente interessato, non ancora qualificato.',
    info: 'Solo una richiesta di informazioni, senza intenzione di acquisto.',
    open: 'La conversazione è ancora aperta.',
    unanswered: "L'ultimo messaggio del cliente è ancora senza risposta.",
  },
  and: 'e',
};
