/**
 * App Check on the emulators. Production uses reCAPTCHA Enterprise; the
 * Functions emulator decodes App Check tokens without verifying them, so
 * local work and tests send this unsigned token. A callable called without
 * any token is still refused, on the emulators as in production.
 */
export const LOCAL_APP_ID = "portico-local";

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** An unsigned App Check token (header.payload.) valid for an hour; emulators only. */
export function localAppCheckToken(now = Date.now()): { token: string; expireTimeMillis: number } {
  const expireTimeMillis = now + 60 * 60 * 1000;
  const header = base64url(JSON.stringify({ alg: "none", typ: "JWT" }));
  const payload = base64url(
    JSON.stringify({
      sub: LOCAL_APP_ID,
      iat: Math.floor(now / 1000),
      exp: expireTimeMillis / 1000,
    }),
  );
  return { token: `${header}.${payload}.`, expireTimeMillis };
}
