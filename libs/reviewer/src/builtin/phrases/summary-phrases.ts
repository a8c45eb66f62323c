/** The wording a summary is built from, per language. Only facts the reviewer detected are filled in. */
import type { DeclineKind } from '../signals/decline';
import type { SpamKind } from '../signals/spam';
import type { MediaKind } from '../text';

export interface SummaryPhrases {
  quote: (s: string) => string;
  customer: string;
  sender: string;
  asked: string;
  wrote: string;
  askedQuote: string;
  /** The business wrote first (a confirmation, a reminder, an offer): what it said. */
  agentOpened: (s: string) => string;
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
