// A few expect-style matchers over node:assert, for specs that read better as expectations.
import assert from 'node:assert/strict';

export function expect<T>(actual: T) {
  const matchers = {
    toBe: (expected: unknown) => assert.equal(actual, expected),
    toEqual: (expected: unknown) => assert.deepEqual(actual, expected),
    toBeGreaterThan: (n: number) => assert.ok((actual as number) > n, `expected ${String(actual)} > ${n}`),
    toBeGreaterThanOrEqual: (n: number) => assert.ok((actual as number) >= n, `expected ${String(actual)} >= ${n}`),
    toBeLessThan: (n: number) => assert.ok((actual as number) < n, `expected ${String(actual)} < ${n}`),
    toBeLessThanOrEqual: (n: number) => assert.ok((actual as number) <= n, `expected ${String(actual)} <= ${n}`),
    toBeInstanceOf: (cls: abstract new (...args: never[]) => unknown) =>
      assert.ok(actual instanceof cls, `expected an instance of ${cls.name}`),
    toBeUndefined: () => assert.equal(actual, undefined),
    toContain: (item: unknown) =>
      assert.ok(
        typeof actual === 'string' ? actual.includes(item as string) : (actual as unknown[]).includes(item),
        `expected ${JSON.stringify(actual)} to contain ${JSON.stringify(item)}`,
      ),
    toHaveLength: (n: number) => assert.equal((actual as { length: number }).length, n),
    toMatch: (re: RegExp | string) => assert.match(actual as string, typeof re === 'string' ? new RegExp(re) : re),
  };
  return { ...matchers, not: { toBe: (expected: unknown) => assert.notEqual(actual, expected) } };
}
