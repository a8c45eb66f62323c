import { unreachable, type DomainError, type ErrorCode, type FieldError } from '@app/domain';

export interface HttpErrorBody {
  error: { code: string; message: string; fields?: FieldError[]; failing?: string[] };
}

/** The HTTP status of each domain error code (exhaustive). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'GONE':
      return 410;
    case 'RATE_LIMITED':
      return 429;
    case 'UNAVAILABLE':
      return 503;
    default:
      return unreachable(code);
  }
}

export function httpErrorOf(err: DomainError): { status: number; headers: Record<string, string>; body: HttpErrorBody } {
  const headers: Record<string, string> = {};
  if (err.retryAfterSeconds !== undefined && (err.code === 'RATE_LIMITED' || err.code === 'UNAVAILABLE')) {
    headers['retry-after'] = String(err.retryAfterSeconds);
  }
  return {
    status: httpStatusOf(err.code),
    headers,
    body: {
      error: {
        code: err.code,
        message: err.message,
        ...(err.fields ? { fields: err.fields } : {}),
        ...(err.part ? { failing: [err.part] } : {}),
      },
    },
  };
}

export const internalErrorBody = (): HttpErrorBody => ({ error: { code: 'INTERNAL', message: 'Internal server error' } });
