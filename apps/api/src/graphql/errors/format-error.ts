import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error';

/** Codes produced by the GraphQL layer itself (parse, validation, variable coercion) or on purpose. */
const PASS_THROUGH = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const log = new Logger('GraphQL');

/**
 * Apollo's formatError: errors thrown on purpose keep their code (and field); anything unexpected
 * becomes INTERNAL_SERVER_ERROR, is logged with its stack, and in production shows no detail.
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...stacktrace(formatted, production), code: original.code, ...(original.field ? { field: original.field } : {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return production ? { ...formatted, extensions: withoutStacktrace(formatted.extensions) } : formatted;
    }
    log.error(
      `unexpected error at ${formatted.path?.join('.') ?? '(request)'}: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
    );
    return {
      message: production ? 'Internal server error' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...stacktrace(formatted, production), code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function stacktrace(formatted: GraphQLFormattedError, production: boolean): Record<string, unknown> {
  const st = formatted.extensions?.stacktrace;
  return !production && st ? { stacktrace: st } : {};
}

function withoutStacktrace(ext: GraphQLFormattedError['extensions']): Record<string, unknown> | undefined {
  if (!ext) return ext;
  const { stacktrace: _drop, ...rest } = ext;
  return rest;
}
