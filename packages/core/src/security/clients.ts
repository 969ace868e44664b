import { BlockList, isIP } from "node:net";
import { isbot } from "isbot";

/**
 * Who sent a request, for rate limits and counters: the connection's address,
 * or, when that connection is a proxy we trust, the address the proxy says it
 * forwarded for (`X-Forwarded-For`, read from the right: each trusted hop
 * names the one before it, and the first address that is not ours is the
 * client). A header from anyone else is ignored, so a client cannot pick its
 * own address to dodge a limit.
 */
export type TrustedProxies = BlockList;

/**
 * The proxies whose `X-Forwarded-For` is believed, from a comma-separated list
 * of addresses, CIDR ranges and the word "loopback" (127.0.0.0/8 and ::1: a
 * proxy, or the storefront, on the same machine); "none" or an empty list trusts no one.
 * Throws naming the entry that is neither.
 */
export function trustedProxies(list: string): TrustedProxies {
  const trusted = new BlockList();
  for (const entry of list
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e && e !== "none")) {
    if (entry === "loopback") {
      trusted.addSubnet("127.0.0.0", 8, "ipv4");
      trusted.addAddress("::1", "ipv6");
      continue;
    }
    const [address = "", bits] = entry.split("/");
    const family = isIP(address);
    if (!family || (bits !== undefined && !/^\d{1,3}$/.test(bits))) throw new Error(`"${entry}" in the trusted proxies is not an address, a CIDR range or "loopback".`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(bits), type);
  }
  return trusted;
}

/** An IPv4 address written as IPv6 (`::ffff:127.0.0.1`, as dual-stack servers report it) as plain IPv4. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Whether the connection itself comes from a trusted proxy, whose own headers (a region, say) may be believed. */
export function fromTrustedProxy(remote: string, trusted: TrustedProxies): boolean {
  return isTrusted(plain(remote), trusted);
}

/** The client's address: `remote` (the connection's), or what trusted proxies forwarded for. */
export function clientAddress(remote: string, forwardedFor: string | null | undefined, trusted: TrustedProxies): string {
  let client = plain(remote);
  if (!forwardedFor) return client;
  const hops = forwardedFor.split(",").map((hop) => plain(hop.trim()));
  while (isTrusted(client, trusted)) {
    const previous = hops.pop();
    if (previous === undefined || isIP(previous) === 0) break;
    client = previous;
  }
  return client;
}

/**
 * Whether a request comes from a crawler or a script rather than a person's
 * browser: isbot's list (kept up to date by its maintainers, who track
 * hundreds of crawlers), and no User-Agent at all, which browsers always send.
 */
export function isAutomated(userAgent: string | null | undefined): boolean {
  return !userAgent?.trim() || isbot(userAgent);
}
