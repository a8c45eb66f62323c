// The admin token of `npm start`: ADMIN_TOKEN, else the one kept in DATA_DIR, else a new random one (kept).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writePrivateFile } from '../stack/private-dir.ts';

export function adminToken(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.ADMIN_TOKEN) return env.ADMIN_TOKEN;
  const file = path.join(dataDir, 'admin-token');
  if (existsSync(file)) {
    const t = readFileSync(file, 'utf8').trim();
    if (t) return t;
  }
  const t = randomBytes(24).toString('base64url');
  writePrivateFile(file, `${t}\n`);
  return t;
}
