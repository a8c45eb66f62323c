import { unreachable, type DomainError } from '@app/domain';

/** A domain error as GraphQL `extensions` (exhaustive over the codes; clients rely on `code`). */
export function extensionsOf(err: DomainError): Record<string, unknown> {
  const fields = err.fields ? { field: err.field, fields: err.fields } : {};
  switch (err.code) {
    case 'NOT_FOUND':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return { code: err.code };
    case 'INVALID_INPUT':
      return { code: 'BAD_USER_INPUT', ...fields };
    // conflicts and spent tokens are the caller's input too; `reason` tells them apart
    case 'CONFLICT':
    case 'GONE':
      return { code: 'BAD_USER_INPUT', reason: err.code, ...fields };
    case 'RATE_LIMITED':
      return { code: 'RATE_LIMITED', retryAfter: err.retryAfterSeconds };
    case 'UNAVAILABLE':
      return { code: 'SERVICE_UNAVAILABLE', part: err.part, retryAfter: err.retryAfterSeconds };
    default:
      return unreachable(err.code);
  }
}
