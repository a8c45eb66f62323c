/**
 * The one error vocabulary of the service. Domain code throws these (never transport errors); the
 * GraphQL formatter, the HTTP filter and the Temporal adapter each map every code exhaustively.
 */
export const ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'CONFLICT',
  'GONE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNAVAILABLE',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the input field, e.g. `filter.minQualityScore` or `contact.email`. */
  field: string;
  message: string;
}

/** The parts of the system whose outage the service reports by name. */
export type SystemPart = 'postgres' | 'temporal' | 'meilisearch' | 'reviewer';

interface DomainErrorOptions {
  fields?: FieldError[];
  part?: SystemPart;
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class DomainError extends Error {
  readonly fields?: FieldError[];
  readonly part?: SystemPart;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.fields = options.fields;
    this.part = options.part;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** The first field named, for transports that carry one (GraphQL `extensions.field`). */
  get field(): string | undefined {
    return this.fields?.[0]?.field;
  }
}

export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `${what} ${id} not found`);

/** Invalid input naming the field: `field: message`. */
export const invalidInput = (field: string, message: string) =>
  new DomainError('INVALID_INPUT', `${field}: ${message}`, { fields: [{ field, message }] });

/** Several invalid fields at once (request bodies). */
export const invalidFields = (fields: FieldError[]) =>
  new DomainError('INVALID_INPUT', `invalid fields: ${[...new Set(fields.map((f) => f.field))].join(', ')}`, { fields });

/** A uniqueness rule broken by the input, e.g. a phone number id another workspace has. */
export const conflict = (field: string, message: string) =>
  new DomainError('CONFLICT', `${field}: ${message}`, { fields: [{ field, message }] });

export const gone = (message: string) => new DomainError('GONE', message);

export const unauthenticated = (message = 'Sign in, or send Authorization: Bearer <apiToken>') =>
  new DomainError('UNAUTHENTICATED', message);

export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);

export const unavailable = (part: SystemPart, message: string, cause?: unknown) =>
  new DomainError('UNAVAILABLE', `${part}: ${message}`, { part, cause, retryAfterSeconds: 5 });

export const rateLimited = (retryAfterSeconds: number, message = 'Too many requests') =>
  new DomainError('RATE_LIMITED', `${message}; retry after ${retryAfterSeconds} s`, { retryAfterSeconds });

/** For exhaustive switches over ErrorCode. */
export function unreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
