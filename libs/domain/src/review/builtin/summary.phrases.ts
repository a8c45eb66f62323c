/** The summary's wording in each supported language. Only facts the reviewer detected are filled in. */
import type { Lang } from './language';
import type { DeclineKind, SpamKind } from './signals';
import type { MediaKind } from './text';

export interface SummaryPhrases {
  quote: (s: string) => string;
  customer: string;
  sender: string;
  asked: string;
  wrote: string;
  askedQuote: string;
  onlyGreeting: (who: string, media: MediaKind[]) => string;
  onlyMedia: (who: string, media: MediaKind[]) => string;
  /** The customer first sent media with no text, then wrote: "X sent a voice note and then asked". */
  mediaThen: (who: string, media: MediaKind[], verb: string) => string;
  /** Media with no text sent after the quoted message: "Then sent a voice note." */
  mediaAfter: (media: MediaKind[]) => string;
  spam: Record<SpamKind, string>;
  agent: {
    never: string;
    wrongLanguage: string;
    notUnderstood: (many: boolean) => string;
    sameAutoReply: string;
    pushy: string;
    offTopic: string;
    partial: string;
    ignored: string;
    repliedExcerpt: (s: string) => string;
    specific: string;
    replied: string;
    nextStep: string;
    askedBack: string;
    askedContact: string;
    spamPolite: string;
    spamWrongNumber: string;
    spamEngaged: string;
    slow: string;
  };
  outcome: {
    spam: string;
    wrongNumber: string;
    declined: Record<DeclineKind, string>;
    quote: string;
    potential: (contact: boolean) => string;
    contactedBooked: string;
    contactedCalled: string;
    followUp: string;
    waiting: string;
    opportunity: string;
    info: string;
    open: string;
    unanswered: string;
  };
  and: string;
}

const media = (lang: Lang, kinds: MediaKind[]): string => {
  const names: Record<Lang, Record<MediaKind, string>> = {
    en: { image: 'a photo', voice: 'a voice note', video: 'a video', document: 'a document', other: 'an attachment' },
    it: { image: 'una foto', voice: 'un messaggio vocale', video: 'un video', document: 'un documento', other: 'un allegato' },
    es: { image: 'una foto', voice: 'una nota de voz', video: 'un vídeo', document: 'un documento', other: 'un adjunto' },
    fr: { image: 'une photo', voice: 'un message vocal', video: 'une vidéo', document: 'un document', other: 'une pièce jointe' },
    de: { image: 'ein Foto', voice: 'eine Sprachnachricht', video: 'ein Video', document: 'ein Dokument', other: 'einen Anhang' },
    pt: { image: 'uma foto', voice: 'uma mensagem de voz', video: 'um vídeo', document: 'um documento', other: 'um anexo' },
  };
  return [...new Set(kinds)].map((k) => names[lang][k]).join(` ${PHRASES[lang].and} `);
};

export const PHRASES: Record<Lang, SummaryPhrases> = {
  en: {
    quote: (s) => `“${s}”`,
    customer: 'The customer',
    sender: 'A sender',
    asked: 'asked',
    wrote: 'wrote',
    askedQuote: 'asked for a quote',
    onlyGreeting: (who, m) => `${who} only sent a greeting${m.length ? ` and ${media('en', m)}` : ''}, with no request yet.`,
    onlyMedia: (who, m) => `${who} sent ${media('en', m)} without any text.`,
    mediaThen: (who, m, v) => `${who} sent ${media('en', m)} and then ${v}`,
    mediaAfter: (m) => `Then sent ${media('en', m)}.`,
    spam: {
      promo: 'sent unsolicited promotion',
      scam: 'sent a likely scam',
      adult: 'sent dating/adult spam',
      bot: 'sent an automated message',
      'wrong-number': 'wrote to the wrong number',
      gibberish: 'sent meaningless text',
      links: 'sent only links',
    },
    agent: {
      never: 'The agent never replied.',
      wrongLanguage: 'The agent replied in another language and did not address the request.',
      notUnderstood: (many) =>
        many ? 'The agent kept replying that it did not understand.' : 'The agent replied that it did not understand.',
      sameAutoReply: 'The agent only sent the same automatic reply.',
      pushy: 'The agent kept pushing a sale after the customer declined.',
      offTopic: 'The agent ignored the question and pushed an unrelated offer.',
      partial: 'The agent answered only in part, leaving a question unanswered.',
      ignored: 'The agent did not answer the question.',
      repliedExcerpt: (s) => `The agent replied: “${s}”.`,
      specific: 'The agent answered with specific details',
      replied: 'The agent replied',
      nextStep: 'proposed a next step',
      askedBack: 'asked a follow-up question',
      askedContact: 'asked for contact details',
      spamPolite: 'The agent replied politely and briefly.',
      spamWrongNumber: 'The agent kindly pointed out it was the wrong number.',
      spamEngaged: 'The agent engaged with the sender at length.',
      slow: 'after a long wait',
    },
    outcome: {
      spam: 'Not a customer conversation: spam.',
      wrongNumber: 'Wrong number, not a customer.',
      declined: {
        price: 'The customer declined because of the price.',
        elsewhere: 'The customer bought elsewhere.',
        stop: 'The customer asked not to be contacted again.',
        generic: 'The customer declined.',
      },
      quote: 'Next step: send the quote.',
      potential: (contact) =>
        contact
          ? 'The customer left contact details: a qualified lead to follow up.'
          : 'The customer gave the details needed: a qualified lead to follow up.',
      contactedBooked: 'The appointment is confirmed.',
      contactedCalled: 'The business had already spoken to the customer outside the chat.',
      followUp: 'The customer will decide later: follow up.',
      waiting: 'Waiting for the customer’s answer.',
      opportunity: 'Interested customer, not yet qualified.',
      info: 'Information only, no buying intent.',
      open: 'The conversation is still open.',
      unanswered: 'The customer’s last message is still unanswered.',
    },
    and: 'and',
  },
  it: {
    quote: (s) => `«${s}»`,
    customer: 'Il cliente',
    sender: 'Un mittente',
    asked: 'ha chiesto',
    wrote: 'ha scritto',
    askedQuote: 'ha chiesto un preventivo',
    onlyGreeting: (who, m) => `${who} ha solo salutato${m.length ? ` e inviato ${media('it', m)}` : ''}, senza ancora una richiesta.`,
    onlyMedia: (who, m) => `${who} ha inviato ${media('it', m)} senza testo.`,
    mediaThen: (who, m, v) => `${who} ha inviato ${media('it', m)} e poi ${v}`,
    mediaAfter: (m) => `Poi ha inviato ${media('it', m)}.`,
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
  },
  es: {
    quote: (s) => `«${s}»`,
    customer: 'El cliente',
    sender: 'Un remitente',
    asked: 'preguntó',
    wrote: 'escribió',
    askedQuote: 'pidió un presupuesto',
    onlyGreeting: (who, m) => `${who} solo saludó${m.length ? ` y envió ${media('es', m)}` : ''}, todavía sin una petición.`,
    onlyMedia: (who, m) => `${who} envió ${media('es', m)} sin texto.`,
    mediaThen: (who, m, v) => `${who} envió ${media('es', m)} y luego ${v}`,
    mediaAfter: (m) => `Luego envió ${media('es', m)}.`,
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
  },
  fr: {
    quote: (s) => `« ${s} »`,
    customer: 'Le client',
    sender: 'Un expéditeur',
    asked: 'a demandé',
    wrote: 'a écrit',
    askedQuote: 'a demandé un devis',
    onlyGreeting: (who, m) => `${who} a seulement salué${m.length ? ` et envoyé ${media('fr', m)}` : ''}, sans demande pour l’instant.`,
    onlyMedia: (who, m) => `${who} a envoyé ${media('fr', m)} sans texte.`,
    mediaThen: (who, m, v) => `${who} a envoyé ${media('fr', m)} puis ${v}`,
    mediaAfter: (m) => `Puis a envoyé ${media('fr', m)}.`,
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
  },
  de: {
    quote: (s) => `„${s}“`,
    customer: 'Der Kunde',
    sender: 'Ein Absender',
    asked: 'fragte',
    wrote: 'schrieb',
    askedQuote: 'bat um ein Angebot',
    onlyGreeting: (who, m) => `${who} hat nur gegrüßt${m.length ? ` und ${media('de', m)} geschickt` : ''}, noch ohne Anliegen.`,
    onlyMedia: (who, m) => `${who} hat ${media('de', m)} ohne Text geschickt.`,
    mediaThen: (who, m, v) => `${who} schickte ${media('de', m)} und ${v} dann`,
    mediaAfter: (m) => `Danach schickte die Person ${media('de', m)}.`,
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
  },
  pt: {
    quote: (s) => `«${s}»`,
    customer: 'O cliente',
    sender: 'Um remetente',
    asked: 'perguntou',
    wrote: 'escreveu',
    askedQuote: 'pediu um orçamento',
    onlyGreeting: (who, m) => `${who} apenas cumprimentou${m.length ? ` e enviou ${media('pt', m)}` : ''}, ainda sem um pedido.`,
    onlyMedia: (who, m) => `${who} enviou ${media('pt', m)} sem texto.`,
    mediaThen: (who, m, v) => `${who} enviou ${media('pt', m)} e depois ${v}`,
    mediaAfter: (m) => `Depois enviou ${media('pt', m)}.`,
    spam: {
      promo: 'enviou publicidade não solicitada',
      scam: 'enviou um provável golpe',
      adult: 'enviou spam de encontros/para adultos',
      bot: 'enviou uma mensagem automática',
      'wrong-number': 'escreveu para o número errado',
      gibberish: 'enviou um texto sem sentido',
      links: 'enviou apenas links',
    },
    agent: {
      never: 'O agente nunca respondeu.',
      wrongLanguage: 'O agente respondeu em outro idioma sem tratar o pedido.',
      notUnderstood: (many) => (many ? 'O agente repetiu que não entendia.' : 'O agente respondeu que não entendia.'),
      sameAutoReply: 'O agente enviou apenas a mesma resposta automática.',
      pushy: 'O agente continuou insistindo na venda após a recusa do cliente.',
      offTopic: 'O agente ignorou a pergunta e ofereceu algo sem relação.',
      partial: 'O agente respondeu só em parte, deixando uma pergunta sem resposta.',
      ignored: 'O agente não respondeu à pergunta.',
      repliedExcerpt: (s) => `O agente respondeu: «${s}».`,
      specific: 'O agente respondeu com detalhes concretos',
      replied: 'O agente respondeu',
      nextStep: 'propôs um próximo passo',
      askedBack: 'fez uma pergunta para avançar',
      askedContact: 'pediu os dados de contato',
      spamPolite: 'O agente respondeu com educação e brevidade.',
      spamWrongNumber: 'O agente avisou gentilmente que era o número errado.',
      spamEngaged: 'O agente deu seguimento à conversa com o remetente.',
      slow: 'após uma longa espera',
    },
    outcome: {
      spam: 'Não é uma conversa com cliente: spam.',
      wrongNumber: 'Número errado, não é um cliente.',
      declined: {
        price: 'O cliente desistiu por causa do preço.',
        elsewhere: 'O cliente comprou em outro lugar.',
        stop: 'O cliente pediu para não ser mais contatado.',
        generic: 'O cliente recusou.',
      },
      quote: 'Próximo passo: enviar o orçamento.',
      potential: (contact) =>
        contact
          ? 'O cliente deixou os dados de contato: um lead qualificado a acompanhar.'
          : 'O cliente deu os detalhes necessários: um lead qualificado a acompanhar.',
      contactedBooked: 'O agendamento está confirmado.',
      contactedCalled: 'A empresa já tinha falado com o cliente fora do chat.',
      followUp: 'O cliente vai decidir depois: fazer follow-up.',
      waiting: 'Aguardando a resposta do cliente.',
      opportunity: 'Cliente interessado, ainda não qualificado.',
      info: 'Apenas um pedido de informação, sem intenção de compra.',
      open: 'A conversa ainda está aberta.',
      unanswered: 'A última mensagem do cliente ainda está sem resposta.',
    },
    and: 'e',
  },
};
