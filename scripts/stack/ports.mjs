// Free-port finding for the embedded services and the API.
// Prefers a service's usual port; takes a free one when that is taken; an env var (PG_PORT…) wins.
import net from 'node:net';

/** Ports already handed out by this process, so parallel picks never collide. */
const handedOut = new Set();

/** Usual ports of the embedded services. */
export const USUAL_PORTS = Object.freeze({ postgres: 5432, temporal: 7233, temporalUi: 8233, meili: 7700, api: 3000 });

/**
 * Can a listener bind `port` on `host`? Errors other than "in use"/"no access" (e.g. no IPv6) count as free.
 * @param {number} port @param {string} host @returns {Promise<boolean>}
 */
function canBind(port, host) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', (err) => {
      const code = /** @type {NodeJS.ErrnoException} */ (err).code;
      resolve(!(code === 'EADDRINUSE' || code === 'EACCES'));
    });
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/**
 * True when nothing listens on `port`, neither on 127.0.0.1 nor on the wildcard addresses.
 * @param {number} port @returns {Promise<boolean>}
 */
export async function isPortFree(port) {
  if (handedOut.has(port)) return false;
  return (await canBind(port, '127.0.0.1')) && (await canBind(port, '::'));
}

/**
 * A random free TCP port (from the kernel), never one already handed out by this process.
 * @returns {Promise<number>}
 */
export async function freePort() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await new Promise((resolve, reject) => {
      const srv = net.createServer();
      srv.unref();
      srv.once('error', reject);
      srv.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
        const addr = /** @type {net.AddressInfo} */ (srv.address());
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

/**
 * Picks a port for one service.
 * - `envVar` set in `env` → that port (an error if it is not a valid port or already in use);
 * - else `preferred` when `preferUsual` and it is free;
 * - else a random free port.
 * @param {{ name: string, preferred?: number, envVar?: string, env?: NodeJS.ProcessEnv, preferUsual?: boolean, useEnv?: boolean }} opts
 * @returns {Promise<number>}
 */
export async function pickPort({ name, preferred, envVar, env = process.env, preferUsual = true, useEnv = true }) {
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

/**
 * Resolves once a TCP connection to host:port succeeds (false on failure, never throws).
 * @param {number} port @param {string} [host] @param {number} [timeoutMs]
 * @returns {Promise<boolean>}
 */
export function tcpConnects(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}
