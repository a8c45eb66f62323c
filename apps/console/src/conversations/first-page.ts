// The list's first page and its facets, asked for as soon as the console starts on /conversations
// (beside the download of the page's code) and handed to the list when it mounts with the same variables.
import type { Client, OperationResult, RequestPolicy } from '@urql/core';
import {
  ConversationListDocument,
  ListFacetsDocument,
  type ConversationListQuery,
  type ConversationListQueryVariables,
} from '../graphql/generated/graphql';
import { parseListState, toFilter, type ListState } from './list-state';

export const PAGE_SIZE = 50;
const FRESH_MS = 10_000;

export function listVariables(state: ListState, after: string | null): ConversationListQueryVariables {
  return { filter: toFilter(state), first: PAGE_SIZE, after, orderBy: state.orderBy ?? undefined };
}

// kept with the client that asked: a sign-in makes a new client, and an answer asked for before it (refused, signed out) is not the list's
let early: { client: Client; key: string; at: number; result: Promise<OperationResult<ConversationListQuery>> } | undefined;
let facetsAt: number | undefined;

export function prefetchFirstPage(client: Client, search: string): void {
  const vars = listVariables(parseListState(new URLSearchParams(search)), null);
  early = {
    client,
    key: JSON.stringify(vars),
    at: Date.now(),
    result: client.query(ConversationListDocument, vars, { requestPolicy: 'network-only' }).toPromise(),
  };
  facetsAt = Date.now();
  void client.query(ListFacetsDocument, {}).toPromise();
}

/**
 * How the page's facets query should start: from the prefetched answer once, while fresh (asking
 * again at once would only cost the server another count of every conversation), else cached and
 * refreshed.
 */
export function facetsPolicy(): RequestPolicy {
  const fresh = facetsAt !== undefined && Date.now() - facetsAt < FRESH_MS;
  facetsAt = undefined;
  return fresh ? 'cache-first' : 'cache-and-network';
}

/** The answer prefetched by this client for these variables, once, while fresh. */
export function takeFirstPage(
  client: Client,
  vars: ConversationListQueryVariables,
): Promise<OperationResult<ConversationListQuery>> | undefined {
  const found =
    early && early.client === client && early.key === JSON.stringify(vars) && Date.now() - early.at < FRESH_MS ? early.result : undefined;
  early = undefined;
  return found;
}
