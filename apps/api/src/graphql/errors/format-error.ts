import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { asDomainError } from '@app/domain';
import { extensionsOf } from './graphql-error-shape';

/** Codes produced by the GraphQL layer itself (parse, validation, variable coercion, limits). */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'RATE_LIMITED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const log = new Logger('GraphQL');

/**
 * The one GraphQL error mapping (HTTP and WebSocket): domain errors by their code, the GraphQL
 * layer's own codes as they are, anything else INTERNAL_SERVER_ERROR — logged with its stack and,
 * unless in development, without details.
 */
export function createFormatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const domain = asDomainError(original);
    const debug = development && formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {};
    if (domain) {
      return {
        message: domain.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...extensionsOf(domain), ...debug },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, ...debug } };
    }
    log.error(
      `unexpected error at ${formatted.path?.join('.') ?? '(request)'}: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
    );
    return {
      message: development ? formatted.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...debug },
    };
  };
}
