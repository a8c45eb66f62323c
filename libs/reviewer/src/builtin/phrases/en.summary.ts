/** English wording of the builtin reviewer's summaries. */
import type { MediaKind } from '../text';
import type { SummaryPhrases } from './summary-phrases';

const NAMES: Record<MediaKind, string> = {
  image: 'a photo',
  voice: 'a voice message',
  video: 'a video',
  document: 'a document',
  other: 'an attachment',
};
const media = (kinds: MediaKind[]) => [...new Set(kinds)].map((k) => NAMES[k]).join(' and ');

export const summary: SummaryPhrases = {
  quote: (s) => `“${s}”`,
  customer: 'The customer',
  sender: 'A sender',
  asked: 'asked',
  wrote: 'wrote',
  askedQuote: 'asked for a quote',
  agentOpened: (s) => `The business wrote first: “${s}”.`,
  onlyGreeting: (who, m) => `${who} only sent a greeting${m.length ? ` and ${media(m)}` : ''}, with no request yet.`,
  onlyMedia: (who, m) => `${who} sent ${media(m)} without any text.`,
  mediaThen: (who, m, v) => `${who} sent ${media(m)} and then ${v}`,
  mediaAfter: (m) => `Then sent ${media(m)}.`,
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
};
