import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

export interface ChannelHandler {
  /** A notification on the channel. */
  notify(payload: string): void;
  /** The connection came back after a drop: notifications in between are lost (replay them). */
  reconnected(downSince: Date): Promise<void> | void;
}

const KEEPALIVE_MS = 10_000;

/**
 * One LISTEN connection per process for every channel. It is opened on the first listener, notices
 * a silent drop through TCP keepalive, reconnects with backoff, and tells each channel it was away.
 */
@Injectable()
export class PgListener implements OnModuleDestroy {
  private readonly log = new Logger(PgListener.name);
  private readonly channels = new Map<string, ChannelHandler>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;
  private downSince: Date | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Resolves once the LISTEN is in place. When PostgreSQL cannot be reached it rejects, but the
   * channel stays registered and the connection keeps being retried: the handler is told when it is back.
   */
  async listen(channel: string, handler: ChannelHandler): Promise<void> {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
    const fresh = !this.channels.has(channel);
    this.channels.set(channel, handler);
    try {
      if (this.client && fresh) await this.client.query(`LISTEN ${channel}`);
      else await this.connect();
    } catch (err) {
      this.downSince ??= new Date();
      this.reconnect();
      throw err;
    }
  }

  get connected(): boolean {
    return this.client !== undefined;
  }

  /** For fault tests: drops the connection as a network failure would. */
  dropConnection(): void {
    this.client?.emit('error', new Error('connection dropped on purpose'));
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, keepAlive: true, keepAliveInitialDelayMillis: KEEPALIVE_MS });
    client.on('notification', (msg) => {
      if (msg.payload) this.channels.get(msg.channel)?.notify(msg.payload);
    });
    client.on('error', (err) => {
      if (this.client !== client) return;
      this.log.warn(`LISTEN connection lost: ${err.message}`);
      this.client = undefined;
      this.downSince ??= new Date();
      client.end().catch(() => undefined);
      this.reconnect();
    });
    await client.connect();
    for (const channel of this.channels.keys()) await client.query(`LISTEN ${channel}`);
    this.client = client;
    const since = this.downSince;
    this.downSince = undefined;
    if (since) for (const h of this.channels.values()) await h.reconnected(since);
  }

  private reconnecting = false;

  private reconnect(attempt = 1): void {
    if (this.closed || (attempt === 1 && this.reconnecting)) return;
    this.reconnecting = true;
    setTimeout(
      () => {
        this.connect().then(
          () => (this.reconnecting = false),
          (err: unknown) => {
            this.log.warn(`LISTEN reconnect ${attempt} failed: ${(err as Error).message}`);
            this.reconnect(attempt + 1);
          },
        );
      },
      Math.min(10_000, 250 * attempt),
    ).unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }
}
