import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { EVENTS_CHANNEL, type DomainEvent } from './domain-events';

type Listener = (event: DomainEvent) => void;

/**
 * LISTENs on PostgreSQL for the events every process publishes, and fans them out in this process.
 * The connection is opened on the first subscriber and re-opened after a drop.
 */
@Injectable()
export class EventBus implements OnModuleDestroy {
  private readonly log = new Logger(EventBus.name);
  private readonly listeners = new Set<Listener>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Resolves once the LISTEN is in place, so no event committed after it is missed. */
  async subscribe(listener: Listener): Promise<() => void> {
    this.listeners.add(listener);
    await this.connect();
    return () => this.listeners.delete(listener);
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (msg) => {
      if (msg.channel !== EVENTS_CHANNEL || !msg.payload) return;
      const event = JSON.parse(msg.payload) as DomainEvent;
      for (const l of this.listeners) l(event);
    });
    client.on('error', (err) => {
      this.log.warn(`event listener connection lost: ${err.message}`);
      this.client = undefined;
      client.end().catch(() => undefined);
      this.reconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
  }

  /** Keeps trying while PostgreSQL is away. NOTIFY is not stored: events committed during the gap are missed. */
  private reconnect(attempt = 1): void {
    if (this.closed || this.listeners.size === 0) return;
    setTimeout(
      () => {
        this.connect().catch((err: unknown) => {
          this.log.warn(`event listener reconnect ${attempt} failed: ${(err as Error).message}`);
          this.reconnect(attempt + 1);
        });
      },
      Math.min(10_000, 500 * attempt),
    ).unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }
}
