/** Which one-sentence comment each criterion can get; every language gives a sentence for each. */
export const COMMENT_KEYS = {
  answer: [
    'none',
    'spamHandled',
    'spamComplied',
    'spamEngaged',
    'notUnderstood',
    'wrongLanguage',
    'canned',
    'offTopic',
    'mistaken',
    'ignored',
    'partial',
    'specific',
    'answered',
    'acknowledged',
  ],
  next_step: [
    'none',
    'pushy',
    'respectedNo',
    'spamClosed',
    'spamEngaged',
    'askedContact',
    'proposed',
    'askedBack',
    'missing',
    'stalled',
    'notNeeded',
  ],
  tone: ['none', 'wrongLanguage', 'repetitive', 'pushy', 'robotic', 'curt', 'polite', 'neutral'],
  responsiveness: ['none', 'loop', 'afterLeft', 'unansweredEnd', 'ignored', 'slow', 'prompt'],
} as const;

export type CommentKeys = typeof COMMENT_KEYS;
export type CommentKey<K extends keyof CommentKeys> = CommentKeys[K][number];
export type CriterionComments = { [K in keyof CommentKeys]: Record<CommentKey<K>, string> };
