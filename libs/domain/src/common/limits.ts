// Bounds on what one conversation and one request may hold (README: Limits). Each is a clear
// INVALID_INPUT naming the field when exceeded.
export const LIMITS = {
  messageText: 10_000,
  contactName: 200,
  contactPhone: 50,
  contactEmail: 320,
  externalId: 200,
  conversationKey: 200,
  noteBody: 5_000,
  notesPerConversation: 500,
  tagName: 50,
  tagsPerConversation: 50,
  messagesPerWebhookBody: 1_000,
  searchQuery: 500,
  workspaceName: 200,
  bulkIds: 1_000,
} as const;
