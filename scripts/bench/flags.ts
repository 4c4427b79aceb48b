/** A benchmark's `--name=value` argument, or `fallback` when it was not given. */
export function flag(name: string, fallback: string): string {
  const arg = process.argv.find((value) => value.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}
