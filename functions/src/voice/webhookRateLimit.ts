import { countAgainstLimit } from "../rateLimit";

/**
 * Counts one webhook against its connection's window (the callables' own
 * counters). Returns null when it may proceed, or the seconds until the
 * window ends.
 */
export async function countWebhook(connectionId: string, now = Date.now()): Promise<number | null> {
  const retryAt = await countAgainstLimit("webhookPerConnection", connectionId, now);
  return retryAt ? Math.ceil((retryAt.getTime() - now) / 1000) : null;
}
