/** The conversation as the builtin reviewer sees it: messages with normalised text, turns, main language. */
import type { ReviewInput } from '../reviewer';
import { detectLanguage, type Lang } from './language';
import { mediaKinds, normalize, stripEmoji, stripMedia, stripUrls, words, type MediaKind } from './text';

export interface Msg {
  index: number;
  role: 'CUSTOMER' | 'AGENT';
  /** Original text. */
  text: string;
  /** Text without media placeholders and links. */
  clean: string;
  /** Normalised clean text. */
  norm: string;
  at: number;
  media: MediaKind[];
}

/** Consecutive messages of one side. */
export interface Turn {
  role: 'CUSTOMER' | 'AGENT';
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
}

export function buildConversation(input: ReviewInput): Conversation {
  const msgs: Msg[] = (input.messages ?? []).map((m, index) => {
    const text = String(m.text ?? '');
    const clean = stripMedia(stripUrls(text)).trim();
    const at = m.sentAt instanceof Date ? m.sentAt.getTime() : new Date(m.sentAt as unknown as string).getTime();
    return {
      index,
      role: m.role === 'AGENT' ? 'AGENT' : 'CUSTOMER',
      text,
      clean,
      norm: normalize(clean),
      at: Number.isFinite(at) ? at : 0,
      media: mediaKinds(text),
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
  return { msgs, customer, agent, turns, lang, firstName: firstNameOf(input.contact?.name), source: input.source };
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

const EXTRA_STOP =
  "hi hiya hey hello yes yeah yep nope ok okay thanks thank please sorry just also really very much more most some any all one two the this that these those there here then than what which who whom whose when where why how would could should will shall can may might must do does did done doing have has had having get got getting make made want wanted need needed like know knew let lets see look looking think well good great nice sure still already again ever never always maybe about into onto from with without within your yours mine ours their theirs them they him her his its it's i'm i've i'd you're we're we'd we've don't didn't doesn't isn't wasn't can't won't because though although while other another such same each every both either neither only own over under again further once off out up down " +
  'buongiorno buonasera salve ciao grazie prego vorrei volevo vorremmo potete potrei posso puoi puo fare fate faccio sapere sono siamo siete stato stata essere avere abbiamo avete hanno questo questa questi queste quello quella quelli anche ancora sempre solo molto poco tutto tutti tutte cosa come quando dove perche quale quali quanto quanta quanti quante allora quindi pero oppure dopo prima mentre nostro nostra vostro vostra loro suo sua miei tuoi bene male cmq comunque vero davvero gia proprio pure tipo ecco dire detto grazie mille scusi scusate salve sarebbe sarei verrebbe costerebbe ' +
  'quel quels quelle quelles welche welcher cual cuales qual quais hola gracias quiero quisiera tengo tiene tienen puedo pueden usted ustedes esto esta estos estas cuando donde como pero tambien muy bonjour merci voudrais pouvez avez suis sommes etes cette ces quand comment mais aussi tres hallo danke bitte mochte haben habe konnen kann sind diese dieser wann wie aber auch sehr ola obrigado obrigada quero gostaria posso podem tenho isso esse essa quando onde como mas tambem muito';

const STOP = new Set(words(normalize(EXTRA_STOP)));

/** Meaningful words of a normalised text (no function words, no short words, no numbers). */
export function contentWords(norm: string): string[] {
  return words(norm).filter((w) => w.length >= 3 && !/^\d/.test(w) && !STOP.has(w) && !FUNCTION_WORDS.has(w));
}

const FUNCTION_WORDS = new Set(
  words(
    normalize(
      "the and are you your my me we our to does did what how when where for with have has can could would will of on in at just there be an if so not don't from into out about " +
        'il lo la gli le un una uno che di del della dei delle per con col coi non sono ho hai ha mi ti ci vi si ma anche come nel nella nei nelle al alla ai alle dal dalla dai sul sulla tra fra ' +
        'el los las que por para es esta estan soy del les des du est une vous nous pas qui mon mes votre vos der die das den dem ein eine und ist sind ich sie wir nicht mit fur auf zu ' +
        'os as um uma do da dos das nao voce voces tem',
    ),
  ),
);
