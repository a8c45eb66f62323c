const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else names no row of any workspace (and must never reach SQL as a uuid). */
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);
