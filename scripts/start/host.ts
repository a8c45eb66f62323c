// The API's listen address (HOST) as the start script reaches it and prints it.

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/;

function bracket(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** Where to probe the API from this machine. */
export function probeHost(host: string): string {
  return WILDCARDS.has(host) ? '127.0.0.1' : bracket(host);
}

/** The host name of the printed URLs: localhost whenever that reaches the API. */
export function printedHost(host: string): string {
  return WILDCARDS.has(host) || LOOPBACK.test(host) ? 'localhost' : bracket(host);
}
