// PostgreSQL refuses to run as root. When we are root it runs as an unprivileged account, which gets
// its own data folder and the right to pass through DATA_DIR (group execute), and nothing else: no
// permission of any other folder is widened. A folder on the way that it cannot pass is reported.
import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PgUser {
  name: string;
  uid: number;
  gid: number;
  /** primary and supplementary groups */
  groups: Set<number>;
}

/** The account to run PostgreSQL under when we are root (`postgres`, else `nobody`); undefined otherwise. */
export function postgresUser(): PgUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((l) => l.split(':'));
  for (const name of ['postgres', 'nobody']) {
    const e = passwd.find((f) => f[0] === name);
    if (!e) continue;
    const gid = Number(e[3]);
    const groups = new Set([gid]);
    for (const g of readFileSync('/etc/group', 'utf8').split('\n')) {
      const [, , id, members = ''] = g.split(':');
      if (members.split(',').includes(name)) groups.add(Number(id));
    }
    return { name, uid: Number(e[2]), gid, groups };
  }
  throw new Error('running as root, and neither a "postgres" nor a "nobody" account exists to run PostgreSQL under');
}

/** Can `user` pass through (execute) the folder with these stats? */
function canTraverse(st: { uid: number; gid: number; mode: number }, user: PgUser): boolean {
  if (st.uid === user.uid) return (st.mode & 0o100) !== 0;
  if (user.groups.has(st.gid)) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

/**
 * Throws a clear error when `user` cannot reach `target` because a folder on its path (`target`'s
 * ancestors, and `target` itself when `includeSelf`) is not traversable for it.
 */
export function assertReachable(target: string, user: PgUser, what: string, includeSelf = false): void {
  const folders: string[] = [];
  for (let d = path.dirname(path.resolve(target)); ; d = path.dirname(d)) {
    folders.unshift(d);
    if (d === path.dirname(d)) break;
  }
  if (includeSelf) folders.push(path.resolve(target));
  for (const d of folders) {
    const st = statSync(d);
    if (!canTraverse(st, user))
      throw new Error(
        `PostgreSQL runs as user "${user.name}" (we are root, and PostgreSQL refuses to run as root), and it cannot reach ${what} ` +
          `${target}: ${d} (mode ${(st.mode & 0o777).toString(8)}, owner ${st.uid}:${st.gid}) is not traversable for it. ` +
          `Nothing was changed. Use a location it can reach (e.g. DATA_DIR=/var/lib/conversations, a checkout outside ${d}), ` +
          `or run as an ordinary user.`,
      );
  }
}

/** Lets `user` pass through DATA_DIR (group execute through its group), nothing more. */
export function grantTraversal(dataDir: string, user: PgUser): void {
  const st = statSync(dataDir);
  if (st.gid !== user.gid) chownSync(dataDir, st.uid, user.gid);
  chmodSync(dataDir, 0o710);
}

/** chown -R, skipping entries that already have the right owner. */
export function chownTree(p: string, user: PgUser): void {
  const st = lstatSync(p);
  if (st.uid !== user.uid || st.gid !== user.gid) chownSync(p, user.uid, user.gid);
  if (st.isDirectory()) for (const e of readdirSync(p)) chownTree(path.join(p, e), user);
}
