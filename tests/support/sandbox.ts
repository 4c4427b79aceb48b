/**
 * Plays the client's part on the sandbox connector's consent screen over HTTP:
 * opens it (as the browser would), then presses Allow or Cancel and reads
 * where the "platform" sends the browser back.
 */
export async function sandboxConsent(
  authorizationUrl: string,
  decision: "allow" | "deny" = "allow",
): Promise<{ page: string; callback: URL }> {
  const consent = await fetch(authorizationUrl);
  if (!consent.ok) throw new Error(`Consent screen answered ${consent.status}`);
  const page = await consent.text();
  const url = new URL(authorizationUrl);
  const form = new URLSearchParams({
    service: url.searchParams.get("service") ?? "",
    state: url.searchParams.get("state") ?? "",
    redirect_uri: url.searchParams.get("redirect_uri") ?? "",
    decision,
  });
  const answer = await fetch(authorizationUrl.split("?")[0] ?? authorizationUrl, {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  const location = answer.headers.get("location");
  if (answer.status !== 303 || !location) throw new Error(`Consent answered ${answer.status}`);
  return { page, callback: new URL(location) };
}

/** The link token at the end of an invite URL (`…/i/<token>`). */
export const linkTokenOf = (inviteUrl: string) =>
  new URL(inviteUrl).pathname.split("/").pop() ?? "";
