// The status labels people read (the console translates the API's codes).
export const STATUS_LABELS: Record<string, string> = {
  IN_PROGRESS: 'In progress',
  OPPORTUNITY: 'Opportunity',
  POTENTIAL_CUSTOMER: 'Potential customer',
  QUOTE_REQUEST: 'Quote request',
  FOLLOW_UP: 'Follow up',
  CONTACTED: 'Contacted',
  WAITING_RESPONSE: 'Waiting for response',
  INFO_ONLY: 'Information only',
  NOT_INTERESTED: 'Not interested',
  SPAM: 'Spam',
};

export const STATUS_LABELS_IT: Record<string, string> = {
  IN_PROGRESS: 'In corso',
  SPAM: 'Spam',
  FOLLOW_UP: 'Da ricontattare',
};
