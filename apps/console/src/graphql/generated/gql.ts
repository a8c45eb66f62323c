/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Viewer {\n    viewer {\n      role\n      member {\n        id\n        user {\n          id\n          name\n          email\n        }\n      }\n      workspace {\n        id\n        name\n      }\n      workspaces {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      workspace {\n        id\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      workspace {\n        id\n      }\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      workspace {\n        id\n      }\n    }\n  }\n': typeof types.SwitchWorkspaceDocument;
  '\n  fragment ReviewParts on Review {\n    summary\n    qualityScore\n    reviewedAt\n    suggestedStatus\n    reviewer\n    criteria {\n      key\n      label\n      score\n      comment\n      evidence {\n        messageId\n        quote\n      }\n    }\n    statusEvidence {\n      messageId\n      quote\n    }\n  }\n': typeof types.ReviewPartsFragmentDoc;
  '\n  fragment MessageParts on Message {\n    id\n    role\n    text\n    sentAt\n  }\n': typeof types.MessagePartsFragmentDoc;
  '\n  fragment ActivityParts on Activity {\n    id\n    kind\n    at\n    actor {\n      kind\n      name\n      memberId\n    }\n    fromStatus\n    toStatus\n    tag\n    note {\n      id\n      body\n    }\n  }\n': typeof types.ActivityPartsFragmentDoc;
  '\n  query ConversationDetail($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      source\n      status\n      statusOrigin\n      lastMessageAt\n      messageCount\n      createdAt\n      visible\n      contact {\n        id\n        name\n        phone\n        email\n      }\n      tags {\n        id\n        name\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          kind\n          name\n          memberId\n        }\n      }\n      review {\n        ...ReviewParts\n      }\n      reviews {\n        summary\n        qualityScore\n        reviewedAt\n        suggestedStatus\n        reviewer\n      }\n      messages(first: 50) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n      }\n      activity(first: 30) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityParts\n          }\n        }\n      }\n    }\n  }\n': typeof types.ConversationDetailDocument;
  '\n  query MoreMessages($id: ID!, $after: String) {\n    conversation(id: $id) {\n      id\n      messages(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n      }\n    }\n  }\n': typeof types.MoreMessagesDocument;
  '\n  query MoreActivity($id: ID!, $after: String) {\n    conversation(id: $id) {\n      id\n      activity(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityParts\n          }\n        }\n      }\n    }\n  }\n': typeof types.MoreActivityDocument;
  '\n  query TagSuggestions {\n    tags {\n      id\n      name\n    }\n  }\n': typeof types.TagSuggestionsDocument;
  '\n  subscription DetailUpdated($id: ID) {\n    conversationUpdated(id: $id) {\n      id\n      lastMessageAt\n    }\n  }\n': typeof types.DetailUpdatedDocument;
  '\n  mutation AddNote($conversationId: ID!, $body: String!) {\n    addNote(conversationId: $conversationId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n': typeof types.AddNoteDocument;
  '\n  mutation AddTag($conversationId: ID!, $name: String!) {\n    addTag(conversationId: $conversationId, name: $name) {\n      id\n      tags {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AddTagDocument;
  '\n  mutation RemoveTag($conversationId: ID!, $name: String!) {\n    removeTag(conversationId: $conversationId, name: $name) {\n      id\n      tags {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RemoveTagDocument;
  '\n  mutation ChangeStatus($conversationId: ID!, $status: ConversationStatus!) {\n    changeStatus(conversationId: $conversationId, status: $status) {\n      id\n      status\n      statusOrigin\n    }\n  }\n': typeof types.ChangeStatusDocument;
  '\n  fragment ConversationRow on Conversation {\n    id\n    title\n    source\n    status\n    statusOrigin\n    lastMessageAt\n    visible\n    lastMessage {\n      id\n      text\n      role\n    }\n    tags {\n      id\n      name\n    }\n    review {\n      qualityScore\n    }\n  }\n': typeof types.ConversationRowFragmentDoc;
  '\n  query ConversationList($filter: ConversationFilter, $first: Int, $after: String, $orderBy: ConversationOrder) {\n    conversations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlights {\n          field\n          text\n          messageId\n          matches {\n            start\n            length\n          }\n        }\n        node {\n          ...ConversationRow\n        }\n      }\n    }\n  }\n': typeof types.ConversationListDocument;
  '\n  query ListFacets {\n    statusCounts {\n      status\n      count\n    }\n    tags {\n      id\n      name\n    }\n  }\n': typeof types.ListFacetsDocument;
  '\n  subscription ListConversationUpdated {\n    conversationUpdated {\n      ...ConversationRow\n    }\n  }\n': typeof types.ListConversationUpdatedDocument;
  '\n  subscription ListConversationReviewed {\n    conversationReviewed {\n      ...ConversationRow\n    }\n  }\n': typeof types.ListConversationReviewedDocument;
  '\n  mutation BulkChangeStatus($ids: [ID!], $filter: ConversationFilter, $status: ConversationStatus!) {\n    bulkChangeStatus(ids: $ids, filter: $filter, status: $status) {\n      matched\n      changed\n    }\n  }\n': typeof types.BulkChangeStatusDocument;
  '\n  mutation BulkAddTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {\n    bulkAddTag(ids: $ids, filter: $filter, name: $name) {\n      matched\n      changed\n    }\n  }\n': typeof types.BulkAddTagDocument;
  '\n  mutation BulkRemoveTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {\n    bulkRemoveTag(ids: $ids, filter: $filter, name: $name) {\n      matched\n      changed\n    }\n  }\n': typeof types.BulkRemoveTagDocument;
  '\n  query Stats($from: DateTime, $to: DateTime, $timeZone: String) {\n    stats(from: $from, to: $to, timeZone: $timeZone) {\n      conversations\n      averageQualityScore\n      byDay {\n        day\n        conversations\n        averageQualityScore\n      }\n      bySource {\n        source\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n': typeof types.StatsDocument;
  '\n  query Team {\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        email\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n': typeof types.TeamDocument;
  '\n  mutation InviteMember($email: String!, $role: MemberRole!) {\n    inviteMember(email: $email, role: $role) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation ChangeMemberRole($memberId: ID!, $role: MemberRole!) {\n    changeMemberRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n': typeof types.ChangeMemberRoleDocument;
  '\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n    }\n  }\n': typeof types.RemoveMemberDocument;
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
};
const documents: Documents = {
  '\n  query Viewer {\n    viewer {\n      role\n      member {\n        id\n        user {\n          id\n          name\n          email\n        }\n      }\n      workspace {\n        id\n        name\n      }\n      workspaces {\n        id\n        name\n      }\n    }\n  }\n':
    types.ViewerDocument,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      workspace {\n        id\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      workspace {\n        id\n      }\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      workspace {\n        id\n      }\n    }\n  }\n':
    types.SwitchWorkspaceDocument,
  '\n  fragment ReviewParts on Review {\n    summary\n    qualityScore\n    reviewedAt\n    suggestedStatus\n    reviewer\n    criteria {\n      key\n      label\n      score\n      comment\n      evidence {\n        messageId\n        quote\n      }\n    }\n    statusEvidence {\n      messageId\n      quote\n    }\n  }\n':
    types.ReviewPartsFragmentDoc,
  '\n  fragment MessageParts on Message {\n    id\n    role\n    text\n    sentAt\n  }\n': types.MessagePartsFragmentDoc,
  '\n  fragment ActivityParts on Activity {\n    id\n    kind\n    at\n    actor {\n      kind\n      name\n      memberId\n    }\n    fromStatus\n    toStatus\n    tag\n    note {\n      id\n      body\n    }\n  }\n':
    types.ActivityPartsFragmentDoc,
  '\n  query ConversationDetail($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      source\n      status\n      statusOrigin\n      lastMessageAt\n      messageCount\n      createdAt\n      visible\n      contact {\n        id\n        name\n        phone\n        email\n      }\n      tags {\n        id\n        name\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          kind\n          name\n          memberId\n        }\n      }\n      review {\n        ...ReviewParts\n      }\n      reviews {\n        summary\n        qualityScore\n        reviewedAt\n        suggestedStatus\n        reviewer\n      }\n      messages(first: 50) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n      }\n      activity(first: 30) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityParts\n          }\n        }\n      }\n    }\n  }\n':
    types.ConversationDetailDocument,
  '\n  query MoreMessages($id: ID!, $after: String) {\n    conversation(id: $id) {\n      id\n      messages(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n      }\n    }\n  }\n':
    types.MoreMessagesDocument,
  '\n  query MoreActivity($id: ID!, $after: String) {\n    conversation(id: $id) {\n      id\n      activity(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityParts\n          }\n        }\n      }\n    }\n  }\n':
    types.MoreActivityDocument,
  '\n  query TagSuggestions {\n    tags {\n      id\n      name\n    }\n  }\n': types.TagSuggestionsDocument,
  '\n  subscription DetailUpdated($id: ID) {\n    conversationUpdated(id: $id) {\n      id\n      lastMessageAt\n    }\n  }\n':
    types.DetailUpdatedDocument,
  '\n  mutation AddNote($conversationId: ID!, $body: String!) {\n    addNote(conversationId: $conversationId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n':
    types.AddNoteDocument,
  '\n  mutation AddTag($conversationId: ID!, $name: String!) {\n    addTag(conversationId: $conversationId, name: $name) {\n      id\n      tags {\n        id\n        name\n      }\n    }\n  }\n':
    types.AddTagDocument,
  '\n  mutation RemoveTag($conversationId: ID!, $name: String!) {\n    removeTag(conversationId: $conversationId, name: $name) {\n      id\n      tags {\n        id\n        name\n      }\n    }\n  }\n':
    types.RemoveTagDocument,
  '\n  mutation ChangeStatus($conversationId: ID!, $status: ConversationStatus!) {\n    changeStatus(conversationId: $conversationId, status: $status) {\n      id\n      status\n      statusOrigin\n    }\n  }\n':
    types.ChangeStatusDocument,
  '\n  fragment ConversationRow on Conversation {\n    id\n    title\n    source\n    status\n    statusOrigin\n    lastMessageAt\n    visible\n    lastMessage {\n      id\n      text\n      role\n    }\n    tags {\n      id\n      name\n    }\n    review {\n      qualityScore\n    }\n  }\n':
    types.ConversationRowFragmentDoc,
  '\n  query ConversationList($filter: ConversationFilter, $first: Int, $after: String, $orderBy: ConversationOrder) {\n    conversations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlights {\n          field\n          text\n          messageId\n          matches {\n            start\n            length\n          }\n        }\n        node {\n          ...ConversationRow\n        }\n      }\n    }\n  }\n':
    types.ConversationListDocument,
  '\n  query ListFacets {\n    statusCounts {\n      status\n      count\n    }\n    tags {\n      id\n      name\n    }\n  }\n':
    types.ListFacetsDocument,
  '\n  subscription ListConversationUpdated {\n    conversationUpdated {\n      ...ConversationRow\n    }\n  }\n':
    types.ListConversationUpdatedDocument,
  '\n  subscription ListConversationReviewed {\n    conversationReviewed {\n      ...ConversationRow\n    }\n  }\n':
    types.ListConversationReviewedDocument,
  '\n  mutation BulkChangeStatus($ids: [ID!], $filter: ConversationFilter, $status: ConversationStatus!) {\n    bulkChangeStatus(ids: $ids, filter: $filter, status: $status) {\n      matched\n      changed\n    }\n  }\n':
    types.BulkChangeStatusDocument,
  '\n  mutation BulkAddTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {\n    bulkAddTag(ids: $ids, filter: $filter, name: $name) {\n      matched\n      changed\n    }\n  }\n':
    types.BulkAddTagDocument,
  '\n  mutation BulkRemoveTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {\n    bulkRemoveTag(ids: $ids, filter: $filter, name: $name) {\n      matched\n      changed\n    }\n  }\n':
    types.BulkRemoveTagDocument,
  '\n  query Stats($from: DateTime, $to: DateTime, $timeZone: String) {\n    stats(from: $from, to: $to, timeZone: $timeZone) {\n      conversations\n      averageQualityScore\n      byDay {\n        day\n        conversations\n        averageQualityScore\n      }\n      bySource {\n        source\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n':
    types.StatsDocument,
  '\n  query Team {\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        email\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n':
    types.TeamDocument,
  '\n  mutation InviteMember($email: String!, $role: MemberRole!) {\n    inviteMember(email: $email, role: $role) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation ChangeMemberRole($memberId: ID!, $role: MemberRole!) {\n    changeMemberRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n':
    types.ChangeMemberRoleDocument,
  '\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n    }\n  }\n':
    types.RemoveMemberDocument,
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n':
    types.RevokeApiTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    viewer {\n      role\n      member {\n        id\n        user {\n          id\n          name\n          email\n        }\n      }\n      workspace {\n        id\n        name\n      }\n      workspaces {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    viewer {\n      role\n      member {\n        id\n        user {\n          id\n          name\n          email\n        }\n      }\n      workspace {\n        id\n        name\n      }\n      workspaces {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      workspace {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      workspace {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      workspace {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      workspace {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      workspace {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      workspace {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewParts on Review {\n    summary\n    qualityScore\n    reviewedAt\n    suggestedStatus\n    reviewer\n    criteria {\n      key\n      label\n      score\n      comment\n      evidence {\n        messageId\n        quote\n      }\n    }\n    statusEvidence {\n      messageId\n      quote\n    }\n  }\n',
): (typeof documents)['\n  fragment ReviewParts on Review {\n    summary\n    qualityScore\n    reviewedAt\n    suggestedStatus\n    reviewer\n    criteria {\n      key\n      label\n      score\n      comment\n      evidence {\n        messageId\n        quote\n      }\n    }\n    statusEvidence {\n      messageId\n      quote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MessageParts on Message {\n    id\n    role\n    text\n    sentAt\n  }\n',
): (typeof documents)['\n  fragment MessageParts on Message {\n    id\n    role\n    text\n    sentAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActivityParts on Activity {\n    id\n    kind\n    at\n    actor {\n      kind\n      name\n      memberId\n    }\n    fromStatus\n    toStatus\n    tag\n    note {\n      id\n      body\n    }\n  }\n',
): (typeof documents)['\n  fragment ActivityParts on Activity {\n    id\n    kind\n    at\n    actor {\n      kind\n      name\n      memberId\n    }\n    fromStatus\n    toStatus\n    tag\n    note {\n      id\n      body\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConversationDetail($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      source\n      status\n      statusOrigin\n      lastMessageAt\n      messageCount\n      createdAt\n      visible\n      contact {\n        id\n        name\n        phone\n        email\n      }\n      tags {\n        id\n        name\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          kind\n          name\n          memberId\n        }\n      }\n      review {\n        ...ReviewParts\n      }\n      reviews {\n        summary\n        qualityScore\n        reviewedAt\n        suggestedStatus\n        reviewer\n      }\n      messages(first: 50) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n      }\n      activity(first: 30) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityParts\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConversationDetail($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      source\n      status\n      statusOrigin\n      lastMessageAt\n      messageCount\n      createdAt\n      visible\n      contact {\n        id\n        name\n        phone\n        email\n      }\n      tags {\n        id\n        name\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          kind\n          name\n          memberId\n        }\n      }\n      review {\n        ...ReviewParts\n      }\n      reviews {\n        summary\n        qualityScore\n        reviewedAt\n        suggestedStatus\n        reviewer\n      }\n      messages(first: 50) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n      }\n      activity(first: 30) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityParts\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoreMessages($id: ID!, $after: String) {\n    conversation(id: $id) {\n      id\n      messages(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoreMessages($id: ID!, $after: String) {\n    conversation(id: $id) {\n      id\n      messages(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoreActivity($id: ID!, $after: String) {\n    conversation(id: $id) {\n      id\n      activity(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityParts\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoreActivity($id: ID!, $after: String) {\n    conversation(id: $id) {\n      id\n      activity(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityParts\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TagSuggestions {\n    tags {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query TagSuggestions {\n    tags {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription DetailUpdated($id: ID) {\n    conversationUpdated(id: $id) {\n      id\n      lastMessageAt\n    }\n  }\n',
): (typeof documents)['\n  subscription DetailUpdated($id: ID) {\n    conversationUpdated(id: $id) {\n      id\n      lastMessageAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddNote($conversationId: ID!, $body: String!) {\n    addNote(conversationId: $conversationId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation AddNote($conversationId: ID!, $body: String!) {\n    addNote(conversationId: $conversationId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddTag($conversationId: ID!, $name: String!) {\n    addTag(conversationId: $conversationId, name: $name) {\n      id\n      tags {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddTag($conversationId: ID!, $name: String!) {\n    addTag(conversationId: $conversationId, name: $name) {\n      id\n      tags {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTag($conversationId: ID!, $name: String!) {\n    removeTag(conversationId: $conversationId, name: $name) {\n      id\n      tags {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveTag($conversationId: ID!, $name: String!) {\n    removeTag(conversationId: $conversationId, name: $name) {\n      id\n      tags {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeStatus($conversationId: ID!, $status: ConversationStatus!) {\n    changeStatus(conversationId: $conversationId, status: $status) {\n      id\n      status\n      statusOrigin\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeStatus($conversationId: ID!, $status: ConversationStatus!) {\n    changeStatus(conversationId: $conversationId, status: $status) {\n      id\n      status\n      statusOrigin\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConversationRow on Conversation {\n    id\n    title\n    source\n    status\n    statusOrigin\n    lastMessageAt\n    visible\n    lastMessage {\n      id\n      text\n      role\n    }\n    tags {\n      id\n      name\n    }\n    review {\n      qualityScore\n    }\n  }\n',
): (typeof documents)['\n  fragment ConversationRow on Conversation {\n    id\n    title\n    source\n    status\n    statusOrigin\n    lastMessageAt\n    visible\n    lastMessage {\n      id\n      text\n      role\n    }\n    tags {\n      id\n      name\n    }\n    review {\n      qualityScore\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConversationList($filter: ConversationFilter, $first: Int, $after: String, $orderBy: ConversationOrder) {\n    conversations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlights {\n          field\n          text\n          messageId\n          matches {\n            start\n            length\n          }\n        }\n        node {\n          ...ConversationRow\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConversationList($filter: ConversationFilter, $first: Int, $after: String, $orderBy: ConversationOrder) {\n    conversations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlights {\n          field\n          text\n          messageId\n          matches {\n            start\n            length\n          }\n        }\n        node {\n          ...ConversationRow\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ListFacets {\n    statusCounts {\n      status\n      count\n    }\n    tags {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ListFacets {\n    statusCounts {\n      status\n      count\n    }\n    tags {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ListConversationUpdated {\n    conversationUpdated {\n      ...ConversationRow\n    }\n  }\n',
): (typeof documents)['\n  subscription ListConversationUpdated {\n    conversationUpdated {\n      ...ConversationRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ListConversationReviewed {\n    conversationReviewed {\n      ...ConversationRow\n    }\n  }\n',
): (typeof documents)['\n  subscription ListConversationReviewed {\n    conversationReviewed {\n      ...ConversationRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkChangeStatus($ids: [ID!], $filter: ConversationFilter, $status: ConversationStatus!) {\n    bulkChangeStatus(ids: $ids, filter: $filter, status: $status) {\n      matched\n      changed\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkChangeStatus($ids: [ID!], $filter: ConversationFilter, $status: ConversationStatus!) {\n    bulkChangeStatus(ids: $ids, filter: $filter, status: $status) {\n      matched\n      changed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkAddTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {\n    bulkAddTag(ids: $ids, filter: $filter, name: $name) {\n      matched\n      changed\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkAddTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {\n    bulkAddTag(ids: $ids, filter: $filter, name: $name) {\n      matched\n      changed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkRemoveTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {\n    bulkRemoveTag(ids: $ids, filter: $filter, name: $name) {\n      matched\n      changed\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkRemoveTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {\n    bulkRemoveTag(ids: $ids, filter: $filter, name: $name) {\n      matched\n      changed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Stats($from: DateTime, $to: DateTime, $timeZone: String) {\n    stats(from: $from, to: $to, timeZone: $timeZone) {\n      conversations\n      averageQualityScore\n      byDay {\n        day\n        conversations\n        averageQualityScore\n      }\n      bySource {\n        source\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Stats($from: DateTime, $to: DateTime, $timeZone: String) {\n    stats(from: $from, to: $to, timeZone: $timeZone) {\n      conversations\n      averageQualityScore\n      byDay {\n        day\n        conversations\n        averageQualityScore\n      }\n      bySource {\n        source\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Team {\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        email\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  query Team {\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        email\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($email: String!, $role: MemberRole!) {\n    inviteMember(email: $email, role: $role) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($email: String!, $role: MemberRole!) {\n    inviteMember(email: $email, role: $role) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMemberRole($memberId: ID!, $role: MemberRole!) {\n    changeMemberRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeMemberRole($memberId: ID!, $role: MemberRole!) {\n    changeMemberRole(memberId: $memberId, role: $role) {\n      id\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
