/** A failure with a reason fit for a log line; nothing in the favicon code throws anything else on purpose. */
export class Failure extends Error {}

/** Why something failed, in one line: a Failure's own words, or an error's code and message. */
export function describe(error: unknown): string {
  if (error instanceof Failure) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
