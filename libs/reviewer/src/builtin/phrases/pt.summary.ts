/** Portuguese wording of the builtin reviewer's summaries. */
import type { MediaKind } from '../text';
import type { SummaryPhrases } from './summary-phrases';

const NAMES: Record<MediaKind, string> = {
  image: 'uma foto',
  voice: 'uma mensagem de voz',
  video: 'um vídeo',
  document: 'um documento',
  other: 'um anexo',
};
const media = (kinds: MediaKind[]) => [...new Set(kinds)].map((k) => NAMES[k]).join(' e ');

export const summary: SummaryPhrases = {
  quote: (s) => `«${s}»`,
  customer: 'O cliente',
  sender: 'Um remetente',
  asked: 'perguntou',
  wrote: 'escreveu',
  askedQuote: 'pediu um orçamento',
  agentOpened: (s) => `A empresa escreveu primeiro: «${s}».`,
  onlyGreeting: (who, m) => `${who} apenas cumprimentou${m.length ? ` e enviou ${media(m)}` : ''}, ainda sem um pedido.`,
  onlyMedia: (who, m) => `${who} enviou ${media(m)} sem texto.`,
  mediaThen: (who, m, v) => `${who} enviou ${media(m)} e depois ${v}`,
  mediaAfter: (m) => `Depois enviou ${media(m)}.`,
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
};
