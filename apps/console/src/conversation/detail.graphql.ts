import { graphql } from '../graphql/generated';

export const ReviewPartsFragment = graphql(`
  fragment ReviewParts on Review {
    summary
    qualityScore
    reviewedAt
    suggestedStatus
    reviewer
    criteria {
      key
      label
      score
      comment
      evidence {
        messageId
        quote
      }
    }
    statusEvidence {
      messageId
      quote
    }
  }
`);

export const MessagePartsFragment = graphql(`
  fragment MessageParts on Message {
    id
    role
    text
    sentAt
  }
`);

export const ActivityPartsFragment = graphql(`
  fragment ActivityParts on Activity {
    id
    kind
    at
    actor {
      kind
      name
      memberId
    }
    fromStatus
    toStatus
    tag
    note {
      id
      body
    }
  }
`);

export const ConversationDetailQuery = graphql(`
  query ConversationDetail($id: ID!) {
    conversation(id: $id) {
      id
      title
      source
      status
      statusOrigin
      lastMessageAt
      messageCount
      createdAt
      visible
      contact {
        id
        name
        phone
        email
      }
      tags {
        id
        name
      }
      notes {
        id
        body
        createdAt
        author {
          kind
          name
          memberId
        }
      }
      review {
        ...ReviewParts
      }
      reviews {
        summary
        qualityScore
        reviewedAt
        suggestedStatus
        reviewer
      }
      messages(first: 50) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...MessageParts
          }
        }
      }
      activity(first: 30) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ActivityParts
          }
        }
      }
    }
  }
`);

export const MoreMessagesQuery = graphql(`
  query MoreMessages($id: ID!, $after: String) {
    conversation(id: $id) {
      id
      messages(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...MessageParts
          }
        }
      }
    }
  }
`);

export const MoreActivityQuery = graphql(`
  query MoreActivity($id: ID!, $after: String) {
    conversation(id: $id) {
      id
      activity(first: 50, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ActivityParts
          }
        }
      }
    }
  }
`);

export const TagSuggestionsQuery = graphql(`
  query TagSuggestions {
    tags {
      id
      name
    }
  }
`);

export const DetailUpdatedSubscription = graphql(`
  subscription DetailUpdated($id: ID) {
    conversationUpdated(id: $id) {
      id
      lastMessageAt
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddNote($conversationId: ID!, $body: String!) {
    addNote(conversationId: $conversationId, body: $body) {
      id
      body
      createdAt
    }
  }
`);

export const AddTagMutation = graphql(`
  mutation AddTag($conversationId: ID!, $name: String!) {
    addTag(conversationId: $conversationId, name: $name) {
      id
      tags {
        id
        name
      }
    }
  }
`);

export const RemoveTagMutation = graphql(`
  mutation RemoveTag($conversationId: ID!, $name: String!) {
    removeTag(conversationId: $conversationId, name: $name) {
      id
      tags {
        id
        name
      }
    }
  }
`);

export const ChangeStatusMutation = graphql(`
  mutation ChangeStatus($conversationId: ID!, $status: ConversationStatus!) {
    changeStatus(conversationId: $conversationId, status: $status) {
      id
      status
      statusOrigin
    }
  }
`);
