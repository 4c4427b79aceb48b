import { lookup as dnsLookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import { bareHost, isInternalName, isPrivateAddress } from "./addressRanges";
import { describe, Failure } from "./failure";

/**
 * Turns a host into the addresses a request may connect to: every address is
 * checked, the answer is kept for the whole fetch, and the socket is handed
 * only those addresses, so a DNS answer that changes between the check and
 * the connection cannot point it at the metadata server or the VPC.
 */

export interface HostPolicy {
  /** Allow loopback/private/link-local hosts. Only true for local emulators and tests. */
  allowPrivateHosts: boolean;
  /** Resolves a host name to all its addresses. */
  lookup: (host: string) => Promise<string[]>;
  /** Aborts the whole fetch: pending lookups stop being waited for. */
  signal: AbortSignal;
  /** Checked addresses per host, so every request to a host uses the same answer. */
  resolved: Map<string, Promise<string[]>>;
}

export async function systemLookup(host: string): Promise<string[]> {
  const entries = await dnsLookup(host, { all: true, verbatim: true });
  return entries.map((entry) => entry.address);
}

/** Every address of the host, all checked; throws when any of them is refused. */
export async function resolveHost(hostname: string, policy: HostPolicy): Promise<string[]> {
  const host = bareHost(hostname);
  if (isIP(host) !== 0) {
    if (!policy.allowPrivateHosts && isPrivateAddress(host)) {
      throw new Failure(`refused non-public address ${host}`);
    }
    return [host];
  }
  if (!policy.allowPrivateHosts && isInternalName(host)) {
    throw new Failure(`refused internal host name ${host}`);
  }
  let pending = policy.resolved.get(host);
  if (!pending) {
    pending = untilAborted(policy.lookup(host), policy.signal);
    policy.resolved.set(host, pending);
  }
  let addresses: string[];
  try {
    addresses = await pending;
  } catch (error) {
    throw new Failure(`cannot resolve ${host}: ${describe(error)}`);
  }
  if (addresses.length === 0) throw new Failure(`no address for ${host}`);
  for (const address of addresses) {
    if (isIP(address) === 0) throw new Failure(`resolver gave a non-address for ${host}`);
    if (!policy.allowPrivateHosts && isPrivateAddress(address)) {
      throw new Failure(`refused ${host}: non-public address ${address}`);
    }
  }
  return addresses;
}

/** Hands the socket layer only the addresses that were checked. */
export function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  return (_hostname, options, callback) => {
    const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family;
    const wanted =
      family === 4 || family === 6 ? entries.filter((entry) => entry.family === family) : entries;
    const first = wanted[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error("no checked address of that family");
      error.code = "ENOTFOUND";
      callback(error, "", 0);
    } else if (options.all) {
      callback(null, wanted);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

/** DNS lookups cannot be cancelled; stop waiting for them at least. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Failure("aborted"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Failure("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
