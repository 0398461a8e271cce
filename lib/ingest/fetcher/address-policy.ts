// Which addresses the ingest may connect to. A feed, every link in it and every redirect are
// third-party input: without this check a feed could make the ingest read an internal service
// (127.0.0.1, 10.x, the cloud metadata address 169.254.169.254...) and publish what it answered.
// Only globally routable unicast addresses are allowed; an operator, the demo and the tests name
// their own local servers in INGEST_ALLOW_PRIVATE (comma-separated origins, or `*`).
import dns from "node:dns";
import net from "node:net";
import ipaddr from "ipaddr.js";
import { FetchError } from "./fetch-error";

export const ALLOW_PRIVATE_ENV = "INGEST_ALLOW_PRIVATE";

/** True for an address the public internet routes to one host (not loopback, private, link-local,
 * multicast, unspecified, carrier-grade NAT, documentation or other reserved ranges). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  // ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address it carries
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === "unicast";
}

/** The origins of INGEST_ALLOW_PRIVATE, or "*" for all; read at each fetch so tests can set it. */
function allowedOrigins(): Set<string> | "*" {
  const raw = process.env[ALLOW_PRIVATE_ENV] ?? "";
  const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.includes("*")) return "*";
  const out = new Set<string>();
  for (const item of items) {
    try {
      out.add(new URL(item).origin);
    } catch {
      // a malformed entry allows nothing rather than failing every fetch
    }
  }
  return out;
}

/** Adds `origin` to INGEST_ALLOW_PRIVATE for this process and the processes it starts (the demo
 * server, test servers on 127.0.0.1). */
export function allowPrivateOrigin(origin: string): void {
  const list = (process.env[ALLOW_PRIVATE_ENV] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (!list.includes(origin)) process.env[ALLOW_PRIVATE_ENV] = [...list, origin].join(",");
}

/** True when the operator allowed private addresses for this URL's origin. */
export function privateAllowed(url: URL): boolean {
  const allowed = allowedOrigins();
  return allowed === "*" || allowed.has(url.origin);
}

const refused = (url: URL, address: string) =>
  new FetchError(`refused ${url.host}: ${address} is not a public address (allow the origin ${url.origin} in ${ALLOW_PRIVATE_ENV})`, { refused: true });

/** Throws a FetchError when `url` names a non-public IP literal that is not allowed. Host names
 * are checked later, on the addresses they resolve to ({@link guardedLookup}). */
export function checkLiteralHost(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && !isPublicAddress(host) && !privateAllowed(url)) throw refused(url, host);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.get that resolves the host and refuses when any of its addresses is not
 * public. The socket connects to the address this returns, so a DNS answer that changes between
 * a check and the connection (DNS rebinding) cannot slip through.
 */
export function guardedLookup(url: URL) {
  const allowAll = privateAllowed(url);
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "");
      const bad = allowAll ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (bad) return callback(refused(url, bad.address) as unknown as NodeJS.ErrnoException, "");
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "");
      callback(null, first.address, first.family);
    });
  };
}

/** After connecting: the peer must be an allowed address (covers any path around the lookup). */
export function checkConnectedAddress(url: URL, remote: string | undefined): void {
  if (remote && !isPublicAddress(remote) && !privateAllowed(url)) throw refused(url, remote);
}
