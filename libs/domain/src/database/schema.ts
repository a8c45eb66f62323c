import type { Kysely, Transaction } from 'kysely';
import type { InferKyselyDB } from '@mikro-orm/sql';
import type { ENTITIES } from './entities';

/** The database as Kysely sees it, inferred from the entity definitions: a renamed column fails type checking. */
export type DB = InferKyselyDB<(typeof ENTITIES)[number]>;

/** A connection or a transaction: what repositories take, so a caller's transaction is used when there is one. */
export type Executor = Kysely<DB> | Transaction<DB>;
