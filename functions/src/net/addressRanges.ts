import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Which addresses and host names a fetch for an untrusted site may reach. The
 * ranges are ipaddr.js's; only a plainly public unicast address passes.
 */

/** IPv6 global unicast: everything outside it (::/96, 4000::/3, ...) is refused. */
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR("2000::/3");
const IPV4_COMPATIBLE = /^::\d+\.\d+\.\d+\.\d+(?:%.*)?$/;
/** Well-known NAT64 prefix: as public as the IPv4 address in its last 32 bits. */
const NAT64 = ipaddr.IPv6.parseCIDR("64:ff9b::/96");

/** URL.hostname keeps the brackets of an IPv6 literal; sockets want it bare. */
export function bareHost(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

/**
 * True for every address that is not plainly a public unicast one: loopback,
 * private, link-local (and so the metadata server), CGNAT, multicast, reserved,
 * documentation and benchmarking ranges, and IPv6 forms that embed any of
 * those. Anything that is not an IP address at all counts as private, so it is refused.
 */
export function isPrivateAddress(ip: string): boolean {
  const address = bareHost(ip.trim());
  // node:net is strict where ipaddr.js is lenient ("010.0.0.1" as octal, "2130706433"):
  // a form the socket layer would not take as written is refused.
  if (isIP(address) === 0) return true;
  // ipaddr.js reads the deprecated IPv4-compatible "::a.b.c.d" as IPv4-mapped; a socket
  // would not, and ::/96 is outside global unicast.
  if (IPV4_COMPATIBLE.test(address)) return true;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return true;
  }
  return parsed instanceof ipaddr.IPv4 ? !isPublicV4(parsed) : !isPublicV6(parsed);
}

function isPublicV4(address: ipaddr.IPv4): boolean {
  // ipaddr.js names every special range (private, loopback, linkLocal, carrierGradeNat,
  // reserved, multicast, broadcast, unspecified, ...); what is left is "unicast".
  return address.range() === "unicast";
}

function isPublicV6(address: ipaddr.IPv6): boolean {
  const bytes = address.toByteArray();
  switch (address.range()) {
    case "ipv4Mapped":
      return isPublicV4(address.toIPv4Address());
    case "rfc6052":
      // Only the well-known /96 embeds an address; the local-use 64:ff9b:1::/48 is refused.
      return address.match(NAT64) && isPublicV4(new ipaddr.IPv4(bytes.slice(12)));
    case "6to4":
      return isPublicV4(new ipaddr.IPv4(bytes.slice(2, 6)));
    case "unicast":
      return address.match(GLOBAL_UNICAST);
    default:
      // Teredo, unique-local, link-local, site-local, multicast, documentation...
      return false;
  }
}

/** Names that only mean something inside a machine or a private network. */
export function isInternalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return (
    !name.includes(".") ||
    name === "localhost" ||
    name.endsWith(".localhost") ||
    name.endsWith(".local") ||
    name.endsWith(".internal") ||
    name.endsWith(".home.arpa")
  );
}
