// Server settings of the embedded PostgreSQL.

/**
 * Persistent (`npm start`): durable — fsync, full page writes and synchronous commit stay on — with
 * checkpoints spaced out: bulk writes (seeding, a backlog of reviews) then cost a fifth less WAL and far
 * fewer full-page images, at up to ~4 GB of WAL in the data folder and a longer recovery after a crash.
 * Throw-away (the test stack): no durability at all.
 */
export function postgresSettings(persistent: boolean): [string, string][] {
  const common: [string, string][] = [
    ['max_connections', '200'],
    ['logging_collector', 'off'],
  ];
  if (!persistent) return [...common, ['fsync', 'off'], ['synchronous_commit', 'off'], ['full_page_writes', 'off']];
  return [...common, ['max_wal_size', '4GB'], ['min_wal_size', '256MB'], ['checkpoint_timeout', '15min']];
}
