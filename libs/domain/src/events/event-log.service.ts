import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db.service';

/** How long stored events are kept for replays after a reconnect. */
const KEEP = '1 hour';

@Injectable()
export class EventLog {
  constructor(private readonly db: Db) {}

  async prune(): Promise<number> {
    const r = await this.db.kysely
      .deleteFrom('domain_event')
      .where('created_at', '<', sql<Date>`now() - ${KEEP}::interval`)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
