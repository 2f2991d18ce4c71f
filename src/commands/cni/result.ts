/**
 * How the reference plugins (containernetworking/plugins 1.1.1, captured
 * by running /usr/lib/cni/{bridge,host-local,loopback} by hand in network
 * namespaces) print results and errors: types.PrintResult's JSON with
 * four-space indentation and no final newline, results shaped by the
 * config's cniVersion (1.0.0 drops "version", 0.3.x/0.4.0 keep it, 0.1/0.2
 * use the old ip4 form), errors as {"code","msg"[,"details"]} with exit 1.
 */
export const SUPPORTED = ['0.1.0', '0.2.0', '0.3.0', '0.3.1', '0.4.0', '1.0.0'];

export class CniError extends Error {
  constructor(
    readonly code: number,
    msg: string,
    readonly details?: string,
  ) {
    super(msg);
  }
}

export function errorText(e: CniError): string {
  const body: Record<string, unknown> = { code: e.code, msg: e.message };
  if (e.details !== undefined) body.details = e.details;
  return JSON.stringify(body, null, 4);
}

export interface CniIface {
  name: string;
  mac: string;
  sandbox?: string;
}

export interface CniIp {
  /** Index into interfaces, when the plugin created interfaces. */
  interface?: number;
  address: string;
  gateway?: string;
}

export interface CniResultData {
  interfaces?: CniIface[];
  ips: CniIp[];
  routes: Array<{ dst: string; gw?: string }>;
}

export function resultText(version: string, r: CniResultData): string {
  if (version === '0.1.0' || version === '0.2.0') {
    const ip = r.ips[0];
    const out: Record<string, unknown> = { cniVersion: version };
    if (ip) out.ip4 = { ip: ip.address, ...(ip.gateway ? { gateway: ip.gateway } : {}) };
    out.dns = {};
    return JSON.stringify(out, null, 4);
  }
  const old = version !== '1.0.0';
  const out: Record<string, unknown> = { cniVersion: version };
  if (r.interfaces?.length) out.interfaces = r.interfaces;
  if (r.ips.length)
    out.ips = r.ips.map((ip) => ({
      ...(old ? { version: '4' } : {}),
      ...(ip.interface !== undefined ? { interface: ip.interface } : {}),
      address: ip.address,
      ...(ip.gateway ? { gateway: ip.gateway } : {}),
    }));
  if (r.routes.length) out.routes = r.routes;
  out.dns = {};
  return JSON.stringify(out, null, 4);
}
