/** `npm test` arguments: `--only=<suites>` and file filters; anything else is refused. */
export const SUITES = ["static", "unit", "rules", "integration", "components", "e2e"] as const;
export type Suite = (typeof SUITES)[number];

export interface TestArgs {
  suites: Suite[];
  /** Narrow the emulated suites to matching test files (vitest and Playwright filters). */
  fileFilters: string[];
}

function isSuite(name: string): name is Suite {
  return (SUITES as readonly string[]).includes(name);
}

/** Throws with a message naming what is wrong, so a typo never runs (and passes) nothing. */
export function parseTestArgs(args: string[]): TestArgs {
  let suites: Suite[] = [...SUITES];
  const fileFilters: string[] = [];
  for (const arg of args) {
    if (arg.startsWith("--only=")) {
      const names = arg.slice("--only=".length).split(",");
      const unknown = names.filter((name) => !isSuite(name));
      if (unknown.length > 0) {
        throw new Error(
          `Unknown suite ${unknown.map((name) => `"${name}"`).join(", ")} in ${arg}. Suites: ${SUITES.join(", ")}.`,
        );
      }
      suites = SUITES.filter((suite) => names.includes(suite));
    } else if (arg.startsWith("-")) {
      throw new Error(
        `Unknown option ${arg}. Options: --only=<${SUITES.join(",")}> and file filters.`,
      );
    } else {
      fileFilters.push(arg);
    }
  }
  return { suites, fileFilters };
}

/**
 * Ports that fetch refuses ("bad port", from the Fetch standard) in the range
 * the emulators use: an emulator there is unreachable for the web SDK (e.g.
 * PORTICO_TEST_PORT_OFFSET=60 puts the Functions emulator on 5061, SIP-TLS).
 */
const FETCH_BLOCKED_PORTS = new Set([
  2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** The emulators (name: port) that would sit on a port fetch refuses. */
export function fetchBlockedPorts(ports: Record<string, number>): string[] {
  return Object.entries(ports)
    .filter(([, port]) => FETCH_BLOCKED_PORTS.has(port))
    .map(([name, port]) => `${name} on ${port}`);
}
