import { Logger } from '@nestjs/common';
import type { DomainEvent } from '@app/domain/events/domain-events';
import type { EventBus } from '@app/domain/events/event-bus.service';

/** Events waiting for a slow subscriber beyond this are dropped (oldest first): a client cannot grow our memory. */
const MAX_BUFFERED = 1000;
const log = new Logger('Subscriptions');

/**
 * An AsyncIterator over EventBus events (PostgreSQL LISTEN/NOTIFY: every process's events, in every
 * API instance). `accept` filters synchronously (workspace, ids); `load` turns an accepted event into
 * the payload, read fresh from the database (null: skip). Resolves once the LISTEN is in place.
 */
export async function eventStream<T>(
  bus: EventBus,
  accept: (event: DomainEvent) => boolean,
  load: (event: DomainEvent) => Promise<T | null>,
): Promise<AsyncIterableIterator<T>> {
  const queue: DomainEvent[] = [];
  let wake: (() => void) | undefined;
  let done = false;

  const unsubscribe = await bus.subscribe((event) => {
    if (done || !accept(event)) return;
    queue.push(event);
    if (queue.length > MAX_BUFFERED) queue.shift();
    wake?.();
  });

  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      unsubscribe();
      queue.length = 0;
      wake?.();
    }
    return Promise.resolve({ done: true, value: undefined });
  };

  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (done) return { done: true, value: undefined };
        const event = queue.shift();
        if (!event) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        // a failed read skips this event; the subscription goes on
        const value = await load(event).catch((err: unknown) => {
          log.warn(`could not load ${event.type} ${event.conversationId}: ${err instanceof Error ? err.message : String(err)}`);
          return null;
        });
        if (value !== null && !done) return { done: false, value };
      }
    },
    return: finish,
    throw: async (err: unknown) => {
      await finish();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}
