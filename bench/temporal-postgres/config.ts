// The single-node configuration of go.temporal.io/server on PostgreSQL (postgres12 default and
// visibility stores), every service on 127.0.0.1.

export interface ServerPorts {
  frontendGrpc: number;
  frontendHttp: number;
  frontendMembership: number;
  historyGrpc: number;
  historyMembership: number;
  matchingGrpc: number;
  matchingMembership: number;
  workerGrpc: number;
  workerMembership: number;
}

export interface ServerConfig {
  pgPort: number;
  user: string;
  password: string;
  numHistoryShards: number;
  dynamicConfigFile: string;
  ports: ServerPorts;
}

const store = (c: ServerConfig, db: string, conns: number): string => `      sql:
        pluginName: "postgres12"
        databaseName: "${db}"
        connectAddr: "127.0.0.1:${c.pgPort}"
        connectProtocol: "tcp"
        user: "${c.user}"
        password: "${c.password}"
        maxConns: ${conns}
        maxIdleConns: ${conns}
        maxConnLifetime: "1h"`;

const service = (grpc: number, membership: number, extra = ''): string => `    rpc:
      grpcPort: ${grpc}
      membershipPort: ${membership}
      bindOnLocalHost: true${extra}`;

export const DYNAMIC_CONFIG = `system.forceSearchAttributesCacheRefreshOnRead:
  - value: true
    constraints: {}
`;

export function serverYaml(c: ServerConfig): string {
  const p = c.ports;
  return `log:
  stdout: true
  level: warn
persistence:
  defaultStore: pg-default
  visibilityStore: pg-visibility
  numHistoryShards: ${c.numHistoryShards}
  datastores:
    pg-default:
${store(c, 'temporal', 20)}
    pg-visibility:
${store(c, 'temporal_visibility', 10)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
services:
  frontend:
${service(p.frontendGrpc, p.frontendMembership, `\n      httpPort: ${p.frontendHttp}`)}
  history:
${service(p.historyGrpc, p.historyMembership)}
  matching:
${service(p.matchingGrpc, p.matchingMembership)}
  worker:
${service(p.workerGrpc, p.workerMembership)}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "127.0.0.1:${p.frontendGrpc}"
dcRedirectionPolicy:
  policy: "noop"
dynamicConfigClient:
  filepath: "${c.dynamicConfigFile}"
  pollInterval: "10s"
`;
}
