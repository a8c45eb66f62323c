import { Logger } from '@nestjs/common';
import { DomainError, type ConversationEvent, type EventBus, type EventGap } from '@app/domain';

/** Events waiting for a slow subscriber beyond this are dropped (oldest first): a client cannot grow our memory. */
const MAX_BUFFERED = 1000;
const log = new Logger('Subscriptions');

/**
 * An AsyncIterator over the EventBus's events (every process's, in every API instance). `accept`
 * filters synchronously (workspace, ids); `load` turns an accepted event into the payload (null:
 * skip). A gap (events possibly missed after a lost connection) ends the subscription with an
 * error, so the client refetches and subscribes again. Resolves once the LISTEN is in place.
 */
export async function eventStream<T>(
  bus: EventBus,
  accept: (event: ConversationEvent) => boolean,
  load: (event: ConversationEvent) => Promise<T | null>,
): Promise<AsyncIterableIterator<T>> {
  const queue: (ConversationEvent | EventGap)[] = [];
  let wake: (() => void) | undefined;
  let done = false;

  const unsubscribe = await bus.subscribe((event) => {
    if (done || (event.type !== 'gap' && !accept(event))) return;
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

  return {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (done) return { done: true, value: undefined };
        const event = queue.shift();
        if (!event) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        if (event.type === 'gap') {
          await finish();
          throw new DomainError(
            'UNAVAILABLE',
            'events may have been missed while the service reconnected to the database: refetch, then subscribe again',
            {
              part: 'postgres',
              retryAfterSeconds: 1,
            },
          );
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
    [Symbol.asyncIterator](): AsyncIterableIterator<T> {
      return this;
    },
  } as AsyncIterableIterator<T>;
}
