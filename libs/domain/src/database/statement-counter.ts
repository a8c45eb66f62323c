import { AsyncLocalStorage } from 'node:async_hooks';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

const scope = new AsyncLocalStorage<{ statements: number }>();

/** Runs `fn` counting the SQL statements it sends (only when counting is enabled, see Db). */
export function countStatements<T>(fn: () => T): { result: T; count: () => number } {
  const counter = { statements: 0 };
  const result = scope.run(counter, fn);
  return { result, count: () => counter.statements };
}

/** A Kysely plugin that counts each compiled statement into the current scope. */
export class StatementCounter implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const counter = scope.getStore();
    if (counter) counter.statements++;
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
