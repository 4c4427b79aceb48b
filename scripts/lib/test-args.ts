/** `npm test` arguments: `--only=<suites>` and file filters; anything else is refused. */
export const SUITES = ["static", "unit", "rules", "integration", "e2e"] as const;
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
