// Free-port finding for the embedded services and the API.
// Prefers a service's usual port; takes a free one when that is taken; an env var (PG_PORT…) wins.
import net from 'node:net';

/** Ports already handed out by this process, so parallel picks never collide. */
const handedOut = new Set<number>();

/** Usual ports of the embedded services. */
export const USUAL_PORTS = Object.freeze({ postgres: 5432, temporal: 7233, temporalUi: 8233, meili: 7700, api: 3000 });

/** Can a listener bind `port` on `host`? Errors other than "in use"/"no access" (e.g. no IPv6) count as free. */
function canBind(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', (err: NodeJS.ErrnoException) => resolve(!(err.code === 'EADDRINUSE' || err.code === 'EACCES')));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** True when nothing listens on `port`, neither on 127.0.0.1 nor on the wildcard addresses. */
export async function isPortFree(port: number): Promise<boolean> {
  if (handedOut.has(port)) return false;
  return (await canBind(port, '127.0.0.1')) && (await canBind(port, '::'));
}

/** A random free TCP port (from the kernel), never one already handed out by this process. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = net.createServer();
      srv.unref();
      srv.once('error', reject);
      srv.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
        const addr = srv.address() as net.AddressInfo;
        srv.close(() => resolve(addr.port));
      });
    });
    if (!handedOut.has(port) && (await isPortFree(port))) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('could not find a free TCP port');
}

export interface PortChoice {
  name: string;
  preferred?: number;
  envVar?: string;
  env?: NodeJS.ProcessEnv;
  preferUsual?: boolean;
  useEnv?: boolean;
}

/**
 * Picks a port for one service.
 * - `envVar` set in `env` → that port (an error if it is not a valid port or already in use);
 * - else `preferred` when `preferUsual` and it is free;
 * - else a random free port.
 */
export async function pickPort({
  name,
  preferred,
  envVar,
  env = process.env,
  preferUsual = true,
  useEnv = true,
}: PortChoice): Promise<number> {
  const raw = useEnv && envVar ? env[envVar] : undefined;
  if (raw !== undefined && raw !== '') {
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${envVar}=${raw} is not a valid TCP port`);
    if (!(await isPortFree(port))) throw new Error(`${envVar}=${port}: port ${port} (${name}) is already in use`);
    handedOut.add(port);
    return port;
  }
  if (preferUsual && preferred && (await isPortFree(preferred))) {
    handedOut.add(preferred);
    return preferred;
  }
  return freePort();
}

/** Resolves once a TCP connection to host:port succeeds (false on failure, never throws). */
export function tcpConnects(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host });
    const done = (ok: boolean): void => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}
