// Where things are: the repository root and the built entry points the scripts run.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** Built entry points, relative to ROOT. */
export const DIST = Object.freeze({
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
  migrate: 'dist/libs/domain/src/database/migrate.js',
});
