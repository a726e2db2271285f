import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * SSRF guard (SPEC §10): a webhook URL is `https` and every address its host resolves to is
 * public, unless WEBHOOK_ALLOW_PRIVATE_URLS (local development, tests). Checked when the URL is
 * given and again at every send, where the connection goes to the address checked (the guarded
 * `lookup` below): DNS may answer differently between the two.
 */
const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
// IPv4-mapped addresses (::ffff:0:0/96) are checked as the IPv4 address they map (mappedIpv4); a
// rule on that range here would also match every IPv4 address (BlockList compares them mapped).
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible (::a.b.c.d, deprecated)
  ['64:ff9b::', 96], // NAT64
  ['64:ff9b:1::', 48], // NAT64, local use
  ['100::', 64], // discard
  ['2001::', 32], // Teredo (tunnels to an IPv4 address)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 (embeds an IPv4 address, private ones included)
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed inside some networks)
  ['ff00::', 8], // multicast
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address an IPv4-mapped IPv6 address (`::ffff:a.b.c.d` or `::ffff:7f00:1`) stands for. */
function mappedIpv4(address: string): string | undefined {
  const m = /^::ffff:(?:0:)?(.+)$/i.exec(address);
  if (!m) return undefined;
  if (isIP(m[1]) === 4) return m[1];
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(m[1]);
  if (!hex) return undefined;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Whether an IP address is a public unicast one. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NON_PUBLIC.check(address, 'ipv4');
  if (family !== 6) return false;
  const v4 = mappedIpv4(address);
  if (v4 !== undefined) return isPublicAddress(v4);
  return !NON_PUBLIC.check(address, 'ipv6');
}

export class UnsafeUrlError extends Error {}

/** The URL's problem as the API names it, or undefined when its form is acceptable (before DNS). */
export function urlFormProblem(raw: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute URL';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return 'url must use https';
  if (url.username || url.password) return 'url must not carry credentials';
  if (!url.hostname) return 'url must name a host';
  return undefined;
}

const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );
}

/**
 * Every address `url`'s host resolves to, checked: throws UnsafeUrlError naming the problem. The
 * form is checked first (https, no credentials).
 */
export async function checkUrl(raw: string, allowPrivate: boolean): Promise<void> {
  const problem = urlFormProblem(raw, allowPrivate);
  if (problem) throw new UnsafeUrlError(problem);
  if (allowPrivate) return;
  const host = hostOf(new URL(raw));
  if (isIP(host)) {
    if (!isPublicAddress(host)) throw new UnsafeUrlError(`url must resolve to a public address (${host} is not)`);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(host);
  } catch {
    throw new UnsafeUrlError(`url host ${host} does not resolve`);
  }
  if (addresses.length === 0) throw new UnsafeUrlError(`url host ${host} does not resolve`);
  const bad = addresses.find((a) => !isPublicAddress(a.address));
  if (bad) throw new UnsafeUrlError(`url must resolve to a public address (${host} resolves to ${bad.address})`);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request: resolves the host and refuses a non-public address, so the
 * socket connects to the address that was checked, not to a second answer of DNS.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolveAll(hostname).then(
      (addresses) => {
        const bad = addresses.find((a) => !isPublicAddress(a.address));
        if (addresses.length === 0 || (!allowPrivate && bad)) {
          const error: NodeJS.ErrnoException = new UnsafeUrlError(
            bad ? `${hostname} resolves to a non-public address (${bad.address})` : `${hostname} does not resolve`,
          );
          error.code = 'EUNSAFEADDRESS';
          callback(error, '');
          return;
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

/** The IP literal of a URL's host, if it is one (Node connects to it without a lookup). */
export function ipLiteralOf(url: URL): string | undefined {
  const host = hostOf(url);
  return isIP(host) ? host : undefined;
}
