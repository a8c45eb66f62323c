import { graphql } from '../graphql/generated';

export const ConversationRowFragment = graphql(`
  fragment ConversationRow on Conversation {
    id
    title
    source
    status
    statusOrigin
    lastMessageAt
    visible
    lastMessage {
      id
      text
      role
    }
    tags {
      id
      name
    }
    review {
      qualityScore
    }
  }
`);

export const ConversationListQuery = graphql(`
  query ConversationList($filter: ConversationFilter, $first: Int, $after: String, $orderBy: ConversationOrder) {
    conversations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        highlights {
          field
          text
          messageId
          matches {
            start
            length
          }
        }
        node {
          ...ConversationRow
        }
      }
    }
  }
`);

export const ListFacetsQuery = graphql(`
  query ListFacets {
    statusCounts {
      status
      count
    }
    tags {
      id
      name
    }
  }
`);

export const ListConversationUpdated = graphql(`
  subscription ListConversationUpdated {
    conversationUpdated {
      ...ConversationRow
    }
  }
`);

export const ListConversationReviewed = graphql(`
  subscription ListConversationReviewed {
    conversationReviewed {
      ...ConversationRow
    }
  }
`);

export const BulkChangeStatusMutation = graphql(`
  mutation BulkChangeStatus($ids: [ID!], $filter: ConversationFilter, $status: ConversationStatus!) {
    bulkChangeStatus(ids: $ids, filter: $filter, status: $status) {
      matched
      changed
    }
  }
`);

export const BulkAddTagMutation = graphql(`
  mutation BulkAddTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {
    bulkAddTag(ids: $ids, filter: $filter, name: $name) {
      matched
      changed
    }
  }
`);

export const BulkRemoveTagMutation = graphql(`
  mutation BulkRemoveTag($ids: [ID!], $filter: ConversationFilter, $name: String!) {
    bulkRemoveTag(ids: $ids, filter: $filter, name: $name) {
      matched
      changed
    }
  }
`);
