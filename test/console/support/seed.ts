// A workspace for the console tests, filled through the product's own doors: the admin token creates
// it, its API token posts conversations (as the AI-agent platform would) and invites a person.
import { randomBytes } from 'node:crypto';
import { waitFor, type System } from '../../support/system';

export interface SeedConversation {
  key: string;
  source: 'WHATSAPP' | 'WIDGET';
  contact: { name?: string; phone?: string; email?: string };
  /** Alternating customer / agent, customer first. */
  messages: string[];
}

export const CONVERSATIONS: SeedConversation[] = [
  {
    key: 'widget-luca',
    source: 'WIDGET',
    contact: { name: 'Luca Bianchi', email: 'luca@example.com' },
    messages: [
      'Do you install solar panels in Bergamo?',
      'Yes, we install all over Lombardy, Bergamo included. How large is your roof?',
      'About 40 square metres.',
    ],
  },
  {
    key: '393471234567',
    source: 'WHATSAPP',
    contact: { name: 'Giulia Rossi', phone: '+39 347 123 4567' },
    messages: [
      'Could you send me a quote for a 6 kW system with a battery?',
      'Of course: may I have your address and yearly consumption?',
      'Via Roma 1, Milano, about 4500 kWh a year.',
    ],
  },
  {
    key: '393400000001',
    source: 'WHATSAPP',
    contact: { name: 'Promo Bot' },
    messages: ['WIN A FREE IPHONE NOW!!! click http://spam.example.com', 'Sorry, we only sell solar systems.'],
  },
  {
    key: 'widget-marco',
    source: 'WIDGET',
    contact: { name: 'Marco Verdi' },
    messages: ['What are your opening hours on Saturday?', 'We are open from 9:00 to 13:00 on Saturdays.', 'Thanks!'],
  },
  {
    key: '393335557777',
    source: 'WHATSAPP',
    contact: { name: 'Sara Neri', phone: '+39 333 555 7777' },
    messages: [
      'Buongiorno, vorrei un preventivo per una pompa di calore',
      'Buongiorno! Mi indica i metri quadri della casa?',
      'Circa 120 metri quadri',
    ],
  },
  {
    key: 'widget-paolo',
    source: 'WIDGET',
    contact: { name: 'Paolo Ricci' },
    messages: [
      'How much does a battery cost?',
      'Our 10 kWh battery costs 5,900 EUR installed.',
      "I'll think about it, write me next week.",
    ],
  },
  {
    key: '393471112223',
    source: 'WHATSAPP',
    contact: { name: 'Anna Conti', phone: '+39 347 111 2223' },
    messages: ['Is the heat pump still on offer?', 'Yes, until the end of the month.', 'No thanks, I already bought one elsewhere.'],
  },
  {
    key: 'widget-elena',
    source: 'WIDGET',
    contact: { name: 'Elena Galli', email: 'elena@example.com' },
    // A long conversation: more than one page of messages in the detail.
    messages: Array.from({ length: 64 }, (_, i) =>
      i % 2 ? `Answer ${i} about the inverter warranty.` : `Question ${i} about the inverter warranty?`,
    ),
  },
];

export interface Seeded {
  workspaceId: string;
  workspaceName: string;
  apiToken: string;
  member: { name: string; email: string; password: string };
  acceptUrl: string;
  /** Conversation id by seed key. */
  ids: Map<string, string>;
}

export async function postConversation(
  system: System,
  token: string,
  c: SeedConversation,
  startAt = Date.now() - 60 * 60_000,
): Promise<string> {
  let conversationId = '';
  for (const [i, text] of c.messages.entries()) {
    const res = await system.postMessage(token, {
      source: c.source,
      conversationKey: c.key,
      messageId: `${c.key}-${i}-${randomBytes(3).toString('hex')}`,
      role: i % 2 ? 'AGENT' : 'CUSTOMER',
      text,
      sentAt: new Date(startAt + i * 30_000).toISOString(),
      contact: c.contact,
    });
    if (res.status !== 202) throw new Error(`POST /v1/messages answered ${res.status}: ${res.text}`);
    conversationId = res.body.conversationId;
  }
  return conversationId;
}

/** Waits until `count` conversations are reviewed (listed). */
export async function waitForVisible(system: System, token: string, count: number, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    async () => {
      const res = await system.gql<{ conversations: { totalCount: number } }>('{ conversations(first: 1) { totalCount } }', {}, token);
      return (res.data?.conversations.totalCount ?? 0) >= count;
    },
    timeoutMs,
    `${count} reviewed conversations`,
  );
}

export async function seedWorkspace(system: System): Promise<Seeded> {
  const workspaceName = `Console ${randomBytes(3).toString('hex')}`;
  const ws = await system.createWorkspace(workspaceName);
  const ids = new Map<string, string>();
  // Oldest first, an hour apart, so "newest first" has one answer.
  for (const [i, c] of CONVERSATIONS.entries()) {
    ids.set(c.key, await postConversation(system, ws.apiToken, c, Date.now() - (CONVERSATIONS.length - i + 1) * 3_600_000));
  }
  const member = { name: 'Alice Admin', email: `alice-${randomBytes(3).toString('hex')}@example.com`, password: 'correct horse battery' };
  const invite = await system.gql<{ inviteMember: { acceptUrl: string } }>(
    'mutation($e: String!) { inviteMember(email: $e, role: ADMIN) { acceptUrl } }',
    { e: member.email },
    ws.apiToken,
  );
  if (!invite.data) throw new Error(`inviteMember failed: ${JSON.stringify(invite.errors)}`);
  await waitForVisible(system, ws.apiToken, CONVERSATIONS.length);
  return { workspaceId: ws.id, workspaceName, apiToken: ws.apiToken, member, acceptUrl: invite.data.inviteMember.acceptUrl, ids };
}
