import type { AccessPageModel } from "@portico/domain/access-page-model";

/** What invite.html's inline script asked `openInvite` for, and the answer's promise. */
interface EarlyOpen {
  input: Record<string, string>;
  answer: Promise<unknown>;
}

declare global {
  interface Window {
    __porticoEarlyOpen?: EarlyOpen;
  }
}

const sameInput = (a: Record<string, string>, b: Record<string, string | undefined>) => {
  const defined = Object.entries(b).filter(([, value]) => value !== undefined);
  return (
    defined.length === Object.keys(a).length && defined.every(([key, value]) => a[key] === value)
  );
};

/**
 * The page model invite.html's inline script asked for while the page's code
 * downloaded, when it asked with exactly `input` and the server answered with
 * a page; taken once. Null otherwise (no early call, another input, an error
 * or a network failure): the page then calls openInvite itself, which words
 * every failure as usual.
 */
export async function takeEarlyOpen(
  input: Record<string, string | undefined>,
): Promise<AccessPageModel | null> {
  const early = window.__porticoEarlyOpen;
  window.__porticoEarlyOpen = undefined;
  if (!early || !sameInput(early.input, input)) return null;
  try {
    // The callable protocol: {"result": …} on success, {"error": …} otherwise.
    const answer = (await early.answer) as { result?: AccessPageModel } | null;
    return answer && typeof answer === "object" && answer.result ? answer.result : null;
  } catch {
    return null;
  }
}
