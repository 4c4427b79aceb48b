import { describe, expect, it } from "vitest";
import { generateClients, SEED_SEARCH_WORD, seededSearchWordMatches } from "./generated-clients";
import { clientsFlag } from "./seed-clients";

describe("generated clients", () => {
  it("gives the same clients for the same seed, and others for another seed", () => {
    const first = generateClients(50, 7);
    expect(generateClients(50, 7)).toEqual(first);
    expect(generateClients(50, 8).map((client) => client.id)).not.toEqual(
      first.map((client) => client.id),
    );
    expect(new Set(first.map((client) => client.id)).size).toBe(50);
  });

  it("puts the search word in exactly the announced number of companies", () => {
    for (const count of [1, 37, 38, 250, 1000]) {
      const carrying = generateClients(count).filter((client) =>
        client.fields.company.includes(SEED_SEARCH_WORD),
      );
      expect(carrying).toHaveLength(seededSearchWordMatches(count));
    }
  });
});

describe("--clients=N", () => {
  it("reads a whole number, 0 when absent, and refuses anything else", () => {
    expect(clientsFlag(["node", "seed.ts"])).toBe(0);
    expect(clientsFlag(["node", "seed.ts", "--clients=10000"])).toBe(10000);
    expect(() => clientsFlag(["--clients=-1"])).toThrow(/whole number/);
    expect(() => clientsFlag(["--clients=ten"])).toThrow(/whole number/);
  });
});
