/** Spanish wording of the builtin reviewer's summaries. */
import type { MediaKind } from '../text';
import type { SummaryPhrases } from './summary-phrases';

const NAMES: Record<MediaKind, string> = {
  image: 'una foto',
  voice: 'una nota de voz',
  video: 'un vídeo',
  document: 'un documento',
  other: 'un adjunto',
};
const media = (kinds: MediaKind[]) => [...new Set(kinds)].map((k) => NAMES[k]).join(' y ');

export const summary: SummaryPhrases = {
  quote: (s) => `«${s}»`,
  customer: 'El cliente',
  sender: 'Un remitente',
  asked: 'preguntó',
  wrote: 'escribió',
  askedQuote: 'pidió un presupuesto',
  agentOpened: (s) => `El negocio escribió primero: «${s}».`,
  onlyGreeting: (who, m) => `${who} solo saludó${m.length ? ` y envió ${media(m)}` : ''}, todavía sin una petición.`,
  onlyMedia: (who, m) => `${who} envió ${media(m)} sin texto.`,
  mediaThen: (who, m, v) => `${who} envió ${media(m)} y luego ${v}`,
  mediaAfter: (m) => `Luego envió ${media(m)}.`,
  spam: {
    promo: 'envió publicidad no solicitada',
    scam: 'envió un probable intento de estafa',
    adult: 'envió spam de citas/para adultos',
    bot: 'envió un mensaje automático',
    'wrong-number': 'escribió al número equivocado',
    gibberish: 'envió un texto sin sentido',
    links: 'envió solo enlaces',
  },
  agent: {
    never: 'El agente nunca respondió.',
    wrongLanguage: 'El agente respondió en otro idioma sin atender la petición.',
    notUnderstood: (many) => (many ? 'El agente repitió que no entendía.' : 'El agente respondió que no entendía.'),
    sameAutoReply: 'El agente solo envió la misma respuesta automática.',
    pushy: 'El agente siguió insistiendo en vender tras el rechazo del cliente.',
    offTopic: 'El agente ignoró la pregunta y ofreció algo no relacionado.',
    partial: 'El agente respondió solo en parte y dejó una pregunta sin respuesta.',
    ignored: 'El agente no respondió a la pregunta.',
    repliedExcerpt: (s) => `El agente respondió: «${s}».`,
    specific: 'El agente respondió con detalles concretos',
    replied: 'El agente respondió',
    nextStep: 'propuso un siguiente paso',
    askedBack: 'hizo una pregunta para avanzar',
    askedContact: 'pidió los datos de contacto',
    spamPolite: 'El agente respondió con cortesía y brevedad.',
    spamWrongNumber: 'El agente indicó amablemente que era un número equivocado.',
    spamEngaged: 'El agente siguió la conversación con el remitente.',
    slow: 'tras una larga espera',
  },
  outcome: {
    spam: 'No es una conversación con un cliente: spam.',
    wrongNumber: 'Número equivocado, no es un cliente.',
    declined: {
      price: 'El cliente desistió por el precio.',
      elsewhere: 'El cliente compró en otro sitio.',
      stop: 'El cliente pidió no ser contactado de nuevo.',
      generic: 'El cliente desistió.',
    },
    quote: 'Siguiente paso: enviar el presupuesto.',
    potential: (contact) =>
      contact
        ? 'El cliente dejó sus datos de contacto: un cliente potencial a seguir.'
        : 'El cliente dio los detalles necesarios: un cliente potencial a seguir.',
    contactedBooked: 'La cita está confirmada.',
    contactedCalled: 'El negocio ya había hablado con el cliente fuera del chat.',
    followUp: 'El cliente decidirá más adelante: hacer seguimiento.',
    waiting: 'Se espera la respuesta del cliente.',
    opportunity: 'Cliente interesado, aún no cualificado.',
    info: 'Solo pedía información, sin intención de compra.',
    open: 'La conversación sigue abierta.',
    unanswered: 'El último mensaje del cliente sigue sin respuesta.',
  },
  and: 'y',
};
