// Run by scripts/check-functions-runtime.ts with the Node binary production uses:
// imports the built functions bundle and checks that every function
// functions/src/index.ts re-exports is there and carries its deploy endpoint,
// that every callable went through callable() (App Check, data screen), and
// that the callables are exactly the contracts (domain/src/callables), each
// served from the contract of its export name.
// Plain JavaScript, so it needs nothing but that Node binary.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [bundleDir, indexSource, contractNamesJson] = process.argv.slice(2);
const contractNames = new Set(JSON.parse(contractNamesJson ?? "[]"));
if (contractNames.size === 0) throw new Error("No callable contract names were given");
const source = readFileSync(indexSource, "utf8");
const expected = [...source.matchAll(/export\s*\{([^}]*)\}\s*from/g)].flatMap((match) =>
  match[1]
    .split(",")
    .map((name) =>
      name
        .trim()
        .split(/\s+as\s+/)
        .pop(),
    )
    .filter(Boolean),
);
if (expected.length === 0) throw new Error(`${indexSource} re-exports no function`);

const bundle = await import(pathToFileURL(path.join(bundleDir, "index.js")).href);
const problems = [];
for (const name of expected) {
  if (!(name in bundle)) problems.push(`${name}: not exported by the bundle`);
  else if (!bundle[name]?.__endpoint) problems.push(`${name}: exported, but not a Cloud Function`);
  // Callables must come from callable() (functions/src/callable.ts): App Check and the data screen.
  else if (bundle[name].__endpoint.callableTrigger && bundle[name].__porticoCallable !== true) {
    problems.push(`${name}: a callable made with onCall() instead of callable()`);
  }
}
const callableExports = expected.filter((name) => bundle[name]?.__endpoint?.callableTrigger);
for (const name of callableExports) {
  if (!contractNames.has(name)) problems.push(`${name}: a callable with no contract of its name`);
  else if (bundle[name].__porticoContract !== name) {
    problems.push(`${name}: not served from its contract (serve() in functions/src/serve.ts)`);
  }
}
for (const name of contractNames) {
  if (!callableExports.includes(name)) problems.push(`${name}: a contract with no callable export`);
}
if (problems.length > 0) {
  console.error(`The functions bundle fails on Node ${process.versions.node}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `${expected.length} functions load on Node ${process.versions.node}; ${callableExports.length} callables match their contracts.`,
);
// The Admin SDK and param definitions keep no handles open, but exit explicitly anyway.
process.exit(0);
