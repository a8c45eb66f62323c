import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventLog } from '@app/domain';

const INTERVAL_MS = 60_000;

/** Stored events serve replays after a reconnect: an hour of them is plenty. */
@Injectable()
export class EventPrunerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(EventPrunerService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly events: EventLog) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.events.prune().catch((err: unknown) => this.log.warn(`event pruning: ${(err as Error).message}`));
    }, INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
