import type { ApolloServerPlugin } from '@apollo/server';
import { complexityError, operationComplexity } from './limits';

/** Refuses operations whose estimated cost is above MAX_COMPLEXITY, before anything runs. */
export function complexityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const error = complexityError(operationComplexity(schema, document, operation, request.variables ?? {}));
          if (error) throw error;
        },
      };
    },
  };
}
