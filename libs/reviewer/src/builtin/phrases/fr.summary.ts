/** French wording of the builtin reviewer's summaries. */
import type { MediaKind } from '../text';
import type { SummaryPhrases } from './summary-phrases';

const NAMES: Record<MediaKind, string> = {
  image: 'une photo',
  voice: 'un message vocal',
  video: 'une vidéo',
  document: 'un document',
  other: 'une pièce jointe',
};
const media = (kinds: MediaKind[]) => [...new Set(kinds)].map((k) => NAMES[k]).join(' et ');

export const summary: SummaryPhrases = {
  quote: (s) => `« ${s} »`,
  customer: 'Le client',
  sender: 'Un expéditeur',
  asked: 'a demandé',
  wrote: 'a écrit',
  askedQuote: 'a demandé un devis',
  agentOpened: (s) => `L’entreprise a écrit en premier : « ${s} ».`,
  onlyGreeting: (who, m) => `${who} a seulement salué${m.length ? ` et envoyé ${media(m)}` : ''}, sans demande pour l’instant.`,
  onlyMedia: (who, m) => `${who} a envoyé ${media(m)} sans texte.`,
  mediaThen: (who, m, v) => `${who} a envoyé ${media(m)} puis ${v}`,
  mediaAfter: (m) => `Puis a envoyé ${media(m)}.`,
  spam: {
    promo: 'a envoyé une publicité non sollicitée',
    scam: 'a envoyé une probable arnaque',
    adult: 'a envoyé du spam de rencontres/pour adultes',
    bot: 'a envoyé un message automatique',
    'wrong-number': 'a écrit au mauvais numéro',
    gibberish: 'a envoyé un texte incompréhensible',
    links: 'a envoyé uniquement des liens',
  },
  agent: {
    never: "L'agent n'a jamais répondu.",
    wrongLanguage: "L'agent a répondu dans une autre langue sans traiter la demande.",
    notUnderstood: (many) => (many ? "L'agent a répété qu'il ne comprenait pas." : "L'agent a répondu qu'il ne comprenait pas."),
    sameAutoReply: "L'agent n'a envoyé que la même réponse automatique.",
    pushy: "L'agent a continué à vendre après le refus du client.",
    offTopic: "L'agent a ignoré la question et proposé une offre sans rapport.",
    partial: "L'agent n'a répondu qu'en partie, laissant une question sans réponse.",
    ignored: "L'agent n'a pas répondu à la question.",
    repliedExcerpt: (s) => `L'agent a répondu : « ${s} ».`,
    specific: "L'agent a répondu avec des détails précis",
    replied: "L'agent a répondu",
    nextStep: 'a proposé une étape suivante',
    askedBack: 'a posé une question pour avancer',
    askedContact: 'a demandé les coordonnées',
    spamPolite: "L'agent a répondu poliment et brièvement.",
    spamWrongNumber: "L'agent a gentiment signalé l'erreur de numéro.",
    spamEngaged: "L'agent a longuement échangé avec l'expéditeur.",
    slow: 'après une longue attente',
  },
  outcome: {
    spam: "Ce n'est pas une conversation client : spam.",
    wrongNumber: "Mauvais numéro, ce n'est pas un client.",
    declined: {
      price: 'Le client a renoncé à cause du prix.',
      elsewhere: 'Le client a acheté ailleurs.',
      stop: 'Le client a demandé à ne plus être contacté.',
      generic: 'Le client a décliné.',
    },
    quote: 'Étape suivante : envoyer le devis.',
    potential: (contact) =>
      contact
        ? 'Le client a laissé ses coordonnées : un prospect qualifié à suivre.'
        : 'Le client a donné les détails nécessaires : un prospect qualifié à suivre.',
    contactedBooked: 'Le rendez-vous est confirmé.',
    contactedCalled: "L'entreprise avait déjà parlé au client en dehors du chat.",
    followUp: 'Le client décidera plus tard : à relancer.',
    waiting: 'En attente de la réponse du client.',
    opportunity: 'Client intéressé, pas encore qualifié.',
    info: "Simple demande d'information, sans intention d'achat.",
    open: 'La conversation est encore ouverte.',
    unanswered: 'Le dernier message du client est resté sans réponse.',
  },
  and: 'et',
};
