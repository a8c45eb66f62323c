// Every GraphQL query and mutation, with who may call it (the contract's roles), the variables of
// one call against workspace A's objects, and what a caller from another workspace must get.
import type { System } from '../../support/system';
import { gqlOk, INVITE, uniqueEmail } from './credentials';

export type Access = 'PUBLIC' | 'PLATFORM' | 'AGENT' | 'ADMIN';
export const CALLERS = ['ADMIN', 'AGENT', 'API token', 'no credentials', 'other workspace', 'admin token'] as const;
export type Caller = (typeof CALLERS)[number];

/** Workspace A's objects the calls aim at, and how to make fresh ones. */
export interface Fixture {
  s: System;
  workspaceId: string;
  apiToken: string;
  conversationId: string;
  /** A person of A whose sign-in the table uses. */
  person: { email: string; password: string };
}

/** 'ok' (data, no error), 'null' (the field is null), or the error's extensions.code. */
export type Outcome = string;

export interface Operation {
  field: string;
  access: Access;
  document: string;
  vars: (f: Fixture, caller: Caller) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /**
   * A caller of workspace B: a code or 'null' for A's objects; 'own' when the call works on B's own
   * data (then `own` checks it saw none of A's).
   */
  other: Outcome;
  own?: (data: any) => boolean;
  /** The outcome for an API token when it differs from the access rule's (a person-only operation). */
  apiToken?: Outcome;
  /** Ends the caller's session: people call it with a session of its own. */
  endsSession?: boolean;
}

const conv = (f: Fixture) => ({ id: f.conversationId });
const invitation = async (f: Fixture) =>
  (await gqlOk(f.s, { token: f.apiToken }, INVITE, { e: uniqueEmail('table'), r: 'AGENT' })).inviteMember as {
    token: string;
    invitation: { id: string };
  };
const member = async (f: Fixture) => (await f.s.addPerson(f.apiToken, uniqueEmail('target'), 'AGENT')).memberId;
const token = async (f: Fixture) =>
  (await gqlOk(f.s, { token: f.apiToken }, 'mutation { createApiToken(name: "target") { apiToken { id } } }')).createApiToken.apiToken
    .id as string;
const noneMatched = (d: Record<string, { matched: number; changed: number }>) =>
  Object.values(d)[0].matched === 0 && Object.values(d)[0].changed === 0;

export const OPERATIONS: Operation[] = [
  // ---- queries
  {
    field: 'conversations',
    access: 'AGENT',
    document: 'query { conversations { totalCount edges { node { id title } } } }',
    vars: () => ({}),
    other: 'own',
    own: (d) => d.conversations.totalCount === 0,
  },
  {
    field: 'conversation',
    access: 'AGENT',
    document: 'query($id: ID!) { conversation(id: $id) { id notes { body } } }',
    vars: conv,
    other: 'null',
  },
  {
    field: 'tags',
    access: 'AGENT',
    document: 'query { tags { id name } }',
    vars: () => ({}),
    other: 'own',
    own: (d) => d.tags.length === 0,
  },
  {
    field: 'statusCounts',
    access: 'AGENT',
    document: 'query { statusCounts { status count } }',
    vars: () => ({}),
    other: 'own',
    own: (d) => d.statusCounts.every((c: { count: number }) => c.count === 0),
  },
  { field: 'viewer', access: 'AGENT', document: 'query { viewer { role workspace { id } } }', vars: () => ({}), other: 'own' },
  { field: 'members', access: 'ADMIN', document: 'query { members { id user { email } } }', vars: () => ({}), other: 'own' },
  { field: 'invitations', access: 'ADMIN', document: 'query { invitations { id email } }', vars: () => ({}), other: 'own' },
  { field: 'apiTokens', access: 'ADMIN', document: 'query { apiTokens { id name } }', vars: () => ({}), other: 'own' },
  {
    field: 'stats',
    access: 'AGENT',
    document: 'query { stats { conversations byStatus { count } } }',
    vars: () => ({}),
    other: 'own',
    own: (d) => d.stats.conversations === 0,
  },

  // ---- mutations
  {
    field: 'createWorkspace',
    access: 'PLATFORM',
    document: 'mutation($n: String!) { createWorkspace(name: $n) { workspace { id } } }',
    vars: (_f, c) => ({ n: `made by ${c}` }),
    other: 'FORBIDDEN',
  },
  {
    field: 'addNote',
    access: 'AGENT',
    document: 'mutation($id: ID!, $b: String!) { addNote(conversationId: $id, body: $b) { id } }',
    vars: (f, c) => ({ ...conv(f), b: `note by ${c}` }),
    other: 'NOT_FOUND',
  },
  {
    field: 'addTag',
    access: 'AGENT',
    document: 'mutation($id: ID!, $n: String!) { addTag(conversationId: $id, name: $n) { id } }',
    vars: (f, c) => ({ ...conv(f), n: `tag by ${c}` }),
    other: 'NOT_FOUND',
  },
  {
    field: 'removeTag',
    access: 'AGENT',
    document: 'mutation($id: ID!, $n: String!) { removeTag(conversationId: $id, name: $n) { id } }',
    vars: (f) => ({ ...conv(f), n: 'a-secret-tag' }),
    other: 'NOT_FOUND',
  },
  {
    field: 'changeStatus',
    access: 'AGENT',
    document: 'mutation($id: ID!, $st: ConversationStatus!) { changeStatus(conversationId: $id, status: $st) { id } }',
    vars: (f, c) => ({ ...conv(f), st: c === 'other workspace' ? 'SPAM' : 'FOLLOW_UP' }),
    other: 'NOT_FOUND',
  },
  {
    field: 'bulkChangeStatus',
    access: 'AGENT',
    document: 'mutation($ids: [ID!], $st: ConversationStatus!) { bulkChangeStatus(ids: $ids, status: $st) { matched changed } }',
    vars: (f, c) => ({ ids: [f.conversationId], st: c === 'other workspace' ? 'SPAM' : 'OPPORTUNITY' }),
    other: 'own',
    own: noneMatched,
  },
  {
    field: 'bulkAddTag',
    access: 'AGENT',
    document: 'mutation($ids: [ID!], $n: String!) { bulkAddTag(ids: $ids, name: $n) { matched changed } }',
    vars: (f, c) => ({ ids: [f.conversationId], n: `bulk tag by ${c}` }),
    other: 'own',
    own: noneMatched,
  },
  {
    field: 'bulkRemoveTag',
    access: 'AGENT',
    document: 'mutation($ids: [ID!], $n: String!) { bulkRemoveTag(ids: $ids, name: $n) { matched changed } }',
    vars: (f) => ({ ids: [f.conversationId], n: 'a-secret-tag' }),
    other: 'own',
    own: noneMatched,
  },
  {
    field: 'inviteMember',
    access: 'ADMIN',
    document: 'mutation($e: String!) { inviteMember(email: $e, role: AGENT) { invitation { id } } }',
    vars: () => ({ e: uniqueEmail('invited') }),
    other: 'own',
  },
  {
    field: 'revokeInvitation',
    access: 'ADMIN',
    document: 'mutation($id: ID!) { revokeInvitation(id: $id) { id } }',
    vars: async (f) => ({ id: (await invitation(f)).invitation.id }),
    other: 'NOT_FOUND',
  },
  {
    field: 'acceptInvitation',
    access: 'PUBLIC',
    document: 'mutation($t: String!) { acceptInvitation(token: $t, name: "Table", password: "table password 1") { role } }',
    vars: async (f) => ({ t: (await invitation(f)).token }),
    other: 'ok',
  },
  {
    field: 'signIn',
    access: 'PUBLIC',
    document: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
    vars: (f) => ({ e: f.person.email, p: f.person.password }),
    other: 'ok',
  },
  {
    field: 'switchWorkspace',
    access: 'AGENT',
    document: 'mutation($w: ID!) { switchWorkspace(workspaceId: $w) { workspace { id } } }',
    vars: (f) => ({ w: f.workspaceId }),
    other: 'NOT_FOUND',
    apiToken: 'FORBIDDEN',
  },
  {
    field: 'changeMemberRole',
    access: 'ADMIN',
    document: 'mutation($m: ID!) { changeMemberRole(memberId: $m, role: ADMIN) { id role } }',
    vars: async (f) => ({ m: await member(f) }),
    other: 'NOT_FOUND',
  },
  {
    field: 'removeMember',
    access: 'ADMIN',
    document: 'mutation($m: ID!) { removeMember(memberId: $m) { id } }',
    vars: async (f) => ({ m: await member(f) }),
    other: 'NOT_FOUND',
  },
  {
    field: 'createApiToken',
    access: 'ADMIN',
    document: 'mutation($n: String!) { createApiToken(name: $n) { apiToken { id } } }',
    vars: (_f, c) => ({ n: `by ${c}` }),
    other: 'own',
  },
  {
    field: 'revokeApiToken',
    access: 'ADMIN',
    document: 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }',
    vars: async (f) => ({ id: await token(f) }),
    other: 'NOT_FOUND',
  },
  { field: 'signOut', access: 'PUBLIC', document: 'mutation { signOut }', vars: () => ({}), other: 'ok', endsSession: true },
];

/** What the contract's roles say `caller` gets from `op`. */
export function expected(op: Operation, caller: Caller): Outcome {
  if (op.access === 'PUBLIC') return 'ok';
  if (caller === 'no credentials') return 'UNAUTHENTICATED';
  if (op.access === 'PLATFORM') return caller === 'admin token' ? 'ok' : 'FORBIDDEN';
  if (caller === 'admin token') return 'FORBIDDEN';
  if (caller === 'other workspace') return op.other === 'own' ? 'ok' : op.other;
  if (caller === 'API token') return op.apiToken ?? 'ok';
  if (caller === 'AGENT' && op.access === 'ADMIN') return 'FORBIDDEN';
  return 'ok';
}
