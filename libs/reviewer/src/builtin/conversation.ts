/** The conversation as the builtin reviewer sees it: messages with normalised text, turns, main language, neighbours. */
import type { ReviewInput } from '../reviewer';
import type { MessageRole } from '../vocabulary';
import { detectLanguage, type Lang } from './language';
import { FILLER_WORDS, FUNCTION_WORDS } from './lexicon/words.lexicon';
import { mediaKinds, normalize, stripEmails, stripEmoji, stripMedia, stripUrls, words, type MediaKind } from './text';

export interface Msg {
  /** The input message's id (evidence cites it). */
  id: string;
  index: number;
  role: MessageRole;
  /** Original text. */
  text: string;
  /** Text without media placeholders, links and e-mail addresses. */
  clean: string;
  /** Normalised clean text. */
  norm: string;
  at: number;
  media: MediaKind[];
  /** Content words of `norm` (see contentWords). */
  content: string[];
}

/** Consecutive messages of one side. */
export interface Turn {
  role: MessageRole;
  msgs: Msg[];
  norm: string;
  start: number;
  end: number;
}

export interface Conversation {
  msgs: Msg[];
  customer: Msg[];
  agent: Msg[];
  turns: Turn[];
  lang: Lang;
  /** A first name to call the customer by in the summary, when the contact name looks like a person's. */
  firstName: string | null;
  source: ReviewInput['source'];
  /** Older messages left out of the window (0: the whole conversation). */
  omitted: number;
  /** For each message index: the index of the nearest agent message before it (-1: none). */
  prevAgent: Int32Array;
  /** For each message index: the index of the nearest agent / customer message after it (-1: none). */
  nextAgent: Int32Array;
  nextCustomer: Int32Array;
}

export function buildConversation(input: ReviewInput): Conversation {
  const msgs: Msg[] = input.messages.map((m, index) => {
    const text = m.text;
    const clean = stripMedia(stripUrls(stripEmails(text))).trim();
    const at = m.sentAt.getTime();
    const norm = normalize(clean);
    return {
      id: m.id,
      index,
      role: m.role,
      text,
      clean,
      norm,
      at: Number.isFinite(at) ? at : 0,
      media: mediaKinds(text),
      content: contentWords(norm),
    };
  });
  const turns: Turn[] = [];
  for (const m of msgs) {
    const last = turns[turns.length - 1];
    if (last && last.role === m.role) {
      last.msgs.push(m);
      last.norm += '\n' + m.norm;
      last.end = m.at;
    } else {
      turns.push({ role: m.role, msgs: [m], norm: m.norm, start: m.at, end: m.at });
    }
  }
  const customer = msgs.filter((m) => m.role === 'CUSTOMER');
  const agent = msgs.filter((m) => m.role === 'AGENT');
  const customerText = customer.map((m) => m.clean).join('\n');
  const agentText = agent.map((m) => m.clean).join('\n');
  // the customer's language leads; the agent's text only breaks ties
  const cg = detectLanguage(customerText);
  const both = detectLanguage(`${customerText}\n${customerText}\n${agentText}`);
  const lang = cg.hits === 0 && !agentText ? 'en' : cg.margin >= 2 ? cg.lang : both.hits > 0 ? both.lang : 'en';
  const n = msgs.length;
  const prevAgent = new Int32Array(n).fill(-1);
  const nextAgent = new Int32Array(n).fill(-1);
  const nextCustomer = new Int32Array(n).fill(-1);
  for (let i = 1; i < n; i++) prevAgent[i] = msgs[i - 1].role === 'AGENT' ? i - 1 : prevAgent[i - 1];
  for (let i = n - 2; i >= 0; i--) {
    nextAgent[i] = msgs[i + 1].role === 'AGENT' ? i + 1 : nextAgent[i + 1];
    nextCustomer[i] = msgs[i + 1].role === 'CUSTOMER' ? i + 1 : nextCustomer[i + 1];
  }
  return {
    msgs,
    customer,
    agent,
    turns,
    lang,
    firstName: firstNameOf(input.contact?.name),
    source: input.source,
    omitted: Math.max(0, input.omittedMessages ?? 0),
    prevAgent,
    nextAgent,
    nextCustomer,
  };
}

function firstNameOf(name: string | null | undefined): string | null {
  if (!name) return null;
  const n = stripEmoji(name).trim();
  const parts = n.split(/\s+/);
  if (parts.length > 3 || !/^[\p{Lu}][\p{L}'-]+$/u.test(parts[0])) return null;
  if (!parts.every((p) => /^[\p{Lu}][\p{L}'.-]*$/u.test(p))) return null;
  // business-looking names are not people
  if (
    /\b(srl|spa|ltd|llc|inc|gmbh|sas|investiment|invest|group|shop|store|service|consult|sicur|trading|marketing|agency|official|team|support|info)/i.test(
      n,
    )
  )
    return null;
  return parts[0];
}

/** Meaningful words of a normalised text (no function words, no short words, no numbers). */
export function contentWords(norm: string): string[] {
  return words(norm).filter((w) => w.length >= 3 && !/^\d/.test(w) && !FILLER_WORDS.has(w) && !FUNCTION_WORDS.has(w));
}
