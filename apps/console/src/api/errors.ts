// Readable messages for failed operations, in the console's language.
import type { CombinedError } from '@urql/core';
import type { TFunction } from 'i18next';

export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `extensions.reason` of a BAD_USER_INPUT: CONFLICT, or GONE for a spent token (an invitation used, revoked or expired). */
export function errorReason(error: CombinedError | undefined): string | undefined {
  const reason = error?.graphQLErrors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

export function errorMessage(error: CombinedError, t: TFunction): string {
  if (error.networkError) return t('errors.network');
  const first = error.graphQLErrors[0];
  const code = errorCode(error);
  if (code === 'RATE_LIMITED') return t('errors.rateLimited');
  if (code === 'FORBIDDEN') return t('errors.forbidden');
  if (code === 'NOT_FOUND') return t('errors.notFound');
  return first?.message ?? t('errors.unknown');
}
