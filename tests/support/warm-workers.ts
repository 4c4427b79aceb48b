/**
 * The Functions emulator runs each concurrent request in its own worker
 * process and gives a new worker 30 s to load; twenty cold starts at once on
 * a busy machine miss that and the emulator stops serving. Before a
 * concurrency test, this calls the function with harmless input in growing
 * waves, so `count` warm workers are ready when the real requests fire.
 */
export async function warmWorkers(call: () => Promise<unknown>, count: number, step = 4) {
  for (let wave = step; wave <= count; wave += step) {
    await Promise.allSettled(Array.from({ length: wave }, call));
  }
}

/** A well-formed token that no invitation has: answered at once, writes nothing. */
export const UNKNOWN_TOKEN = "A".repeat(43);
