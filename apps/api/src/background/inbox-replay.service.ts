import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WhatsappWebhookService } from '@app/domain';

const INTERVAL_MS = 5_000;

/** Replays WhatsApp bodies kept aside for an unknown phone_number_id once a workspace claims it. */
@Injectable()
export class InboxReplayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(InboxReplayService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly webhooks: WhatsappWebhookService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.webhooks.replayInbox().then(
        (n) => n && this.log.log(`replayed ${n} kept-aside webhook bodies`),
        (err: unknown) => this.log.warn(`inbox replay: ${(err as Error).message}`),
      );
    }, INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
