import { Connection } from '@temporalio/client';
import { SA } from '@app/workflows/conversation.contract';
import { temporal } from '@temporalio/proto';

const INDEXED_TYPE = {
  KEYWORD: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  BOOL: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
} as const;

/**
 * Registers the workflow contract's search attributes (idempotent): the contract lists them once, in
 * libs/workflows, and the worker (and the test stack) register them from there at start.
 */
export async function registerSearchAttributes(o: { address: string; namespace: string; connection?: Connection }): Promise<string[]> {
  const connection = o.connection ?? (await Connection.connect({ address: o.address, connectTimeout: '10s' }));
  try {
    const existing = await connection.operatorService.listSearchAttributes({ namespace: o.namespace });
    const known = new Set(Object.keys(existing.customAttributes ?? {}));
    const missing = Object.values(SA).filter((a) => !known.has(a.name));
    if (missing.length) {
      await connection.operatorService.addSearchAttributes({
        namespace: o.namespace,
        searchAttributes: Object.fromEntries(missing.map((a) => [a.name, INDEXED_TYPE[a.type]])),
      });
    }
    return missing.map((a) => a.name);
  } finally {
    if (!o.connection) await connection.close();
  }
}
