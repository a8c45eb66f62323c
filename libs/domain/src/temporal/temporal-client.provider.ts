import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

/** One lazily opened Temporal connection per process; reopened when it could not be made. */
@Injectable()
export class TemporalClientProvider implements OnModuleDestroy {
  private readonly log = new Logger(TemporalClientProvider.name);
  private pending: Promise<Client> | undefined;
  private connection: Connection | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  client(): Promise<Client> {
    this.pending ??= this.open().catch((err: unknown) => {
      this.pending = undefined;
      throw err;
    });
    return this.pending;
  }

  private async open(): Promise<Client> {
    this.connection = await Connection.connect({ address: this.config.temporal.address, connectTimeout: '5s' });
    this.log.log(`connected to Temporal at ${this.config.temporal.address}`);
    return new Client({ connection: this.connection, namespace: this.config.temporal.namespace });
  }

  /** Runs fn with a deadline, so a Temporal outage costs a bounded wait, not a hung request. */
  async withDeadline<T>(ms: number, fn: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.client();
    return client.connection.withDeadline(Date.now() + ms, () => fn(client));
  }

  async healthy(): Promise<boolean> {
    try {
      await this.withDeadline(2_000, (c) => c.connection.workflowService.getSystemInfo({}));
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection?.close().catch(() => undefined);
  }
}
