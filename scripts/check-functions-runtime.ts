/**
 * Loads the built functions bundle with the Node.js major version production
 * runs (functions/package.json `engines.node`), not the Node running the tests
 * and the emulators. That Node comes from the npm registry (`node-<os>-<arch>`,
 * pinned below) into .cache/, once. Usage: tsx scripts/check-functions-runtime.ts [bundle dir]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { callables } from "@portico/domain/callables/index";
import { CACHE_DIR, ROOT } from "./lib/emulators";

/** The production runtime's Node, pinned; its major must equal functions' engines.node. */
export const PRODUCTION_NODE_VERSION = "22.23.5";

const bundleDir = path.resolve(process.argv[2] ?? path.join(ROOT, "functions/lib"));
const engines = (
  JSON.parse(readFileSync(path.join(ROOT, "functions/package.json"), "utf8")) as {
    engines: { node: string };
  }
).engines.node;
if (engines !== PRODUCTION_NODE_VERSION.split(".")[0]) {
  throw new Error(
    `functions/package.json engines.node is "${engines}" but this check pins Node ${PRODUCTION_NODE_VERSION}: update PRODUCTION_NODE_VERSION in ${path.relative(ROOT, import.meta.filename)}.`,
  );
}

const packageName = `node-${process.platform}-${process.arch}`;
const dir = path.join(CACHE_DIR, `${packageName}-${PRODUCTION_NODE_VERSION}`);
const binary = path.join(dir, "package/bin/node");

function sh(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

if (!existsSync(binary)) {
  console.log(`Fetching Node ${PRODUCTION_NODE_VERSION} (${packageName}) from the npm registry…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // `npm pack` checks the tarball's integrity and runs no install script.
  sh("npm", ["pack", "--silent", `${packageName}@${PRODUCTION_NODE_VERSION}`], dir);
  sh("tar", ["-xzf", `${packageName}-${PRODUCTION_NODE_VERSION}.tgz`], dir);
}

const result = spawnSync(
  binary,
  [
    path.join(import.meta.dirname, "lib/load-functions-bundle.mjs"),
    bundleDir,
    path.join(ROOT, "functions/src/index.ts"),
    JSON.stringify(Object.keys(callables)),
  ],
  // A project id keeps the Admin SDK from looking for one; nothing is called.
  { stdio: "inherit", env: { ...process.env, GCLOUD_PROJECT: "demo-portico-runtime-check" } },
);
process.exitCode = result.status ?? 1;
