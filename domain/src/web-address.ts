/**
 * A web address as people type it ("acme.com", "http://acme.co.uk/about"):
 * http(s) only, a bare domain gets https://. Returns the normalised URL, or
 * null when it is not a web address. One rule for every field that takes one
 * (a client's website, an intake URL answer).
 */
export function normalizeWebAddress(input: string): string | null {
  const value = input.trim();
  if (value === "") return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  const url = URL.canParse(withScheme) ? new URL(withScheme) : null;
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) return null;
  // A real host has a dot; localhost is allowed for local development.
  if (!url.hostname.includes(".") && url.hostname !== "localhost") return null;
  if (url.username || url.password) return null;
  return url.toString();
}
