import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (see the contract README); anything else is INTERNAL_SERVER_ERROR. */
export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

/**
 * Base of every error the API throws on purpose. It is a GraphQLError, so graphql-js and Apollo keep
 * its extensions (code, field) as they are, over HTTP and over WebSocket alike.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message, { extensions: field ? { code, field } : { code } });
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'A valid API token is required: Authorization: Bearer <apiToken>') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'This token may not perform this operation') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} not found`);
  }
}

export class BadUserInputError extends AppError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', `${field}: ${message}`, field);
  }
}
