import { spawn } from "node:child_process";
import { ROOT } from "./emulators";

/**
 * Runs a command; resolves to its exit code. Output is inherited, or goes to
 * the file descriptor given as `stdout` (both streams).
 */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; stdout?: number } = {},
): Promise<number> {
  return new Promise((resolve) => {
    const out = options.stdout ?? "inherit";
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ["inherit", out, out],
    });
    child.on("error", () => resolve(127));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function bin(name: string): string {
  return `${ROOT}/node_modules/.bin/${name}`;
}
