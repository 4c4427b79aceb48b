import { CONNECT_CALLBACK_PATH } from "@portico/domain/access-page-model";
import { getPlatform } from "@portico/domain/catalogue/platforms";
import { getService } from "@portico/domain/catalogue/services";
import { onRequest } from "firebase-functions/v2/https";
import { APP_URL, SANDBOX_CONNECTORS } from "../config";
import { isSandboxService, sandboxCode } from "./sandbox";

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The sandbox's consent screen, standing in for a platform's sign-in page:
 * GET shows who asks for what, POST "Allow" sends the browser back to the
 * app's callback with a code, "Cancel" with `error=access_denied`. Answers 404
 * unless the sandbox is on (local emulators and the demo).
 */
export const sandboxProvider = onRequest({ invoker: "public" }, (request, response) => {
  if (!SANDBOX_CONNECTORS.value()) {
    response.status(404).send("Not found");
    return;
  }
  const params =
    request.method === "POST" ? (request.body as Record<string, string>) : request.query;
  const serviceId = String(params.service ?? "");
  const state = String(params.state ?? "");
  const redirectUri = String(params.redirect_uri ?? "");
  if (!request.path.endsWith("/authorize") || !isSandboxService(serviceId) || !state) {
    response.status(400).send("Unknown sign-in request.");
    return;
  }
  // Like a real provider, only the registered callback may receive codes.
  if (redirectUri !== `${APP_URL.value()}${CONNECT_CALLBACK_PATH}`) {
    response.status(400).send("This redirect address is not registered.");
    return;
  }
  response.set("Referrer-Policy", "no-referrer");
  response.set("Cache-Control", "no-store");

  if (request.method === "POST") {
    const back = new URL(redirectUri);
    if (params.decision === "allow") back.searchParams.set("code", sandboxCode(serviceId, state));
    else back.searchParams.set("error", "access_denied");
    back.searchParams.set("state", state);
    response.redirect(303, back.toString());
    return;
  }

  const service = getService(serviceId);
  const platform = getPlatform(service.platform);
  const hidden = (name: string, value: string) =>
    `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  response
    .status(200)
    .type("html")
    .send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Sign in with ${escapeHtml(platform.name)} (sandbox)</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f4f4f5;color:#18181b}
main{max-width:420px;margin:8vh auto;background:#fff;border-radius:12px;padding:28px;box-shadow:0 1px 3px #0002}
.platform{display:inline-block;padding:4px 10px;border-radius:999px;color:#fff;background:${platform.color};font-weight:600}
.note{font-size:.85rem;color:#52525b;background:#fefce8;border:1px solid #fde68a;padding:8px 10px;border-radius:8px}
.actions{display:flex;gap:12px;margin-top:20px}button{font:inherit;padding:12px 18px;border-radius:8px;border:1px solid #d4d4d8;background:#fff;cursor:pointer;min-height:44px}
button[value=allow]{background:#18181b;color:#fff;border-color:#18181b}button:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
</style></head>
<body><main>
<p><span class="platform">${escapeHtml(platform.name)}</span></p>
<h1>Sign in with ${escapeHtml(platform.name)}</h1>
<p>Signed in as <strong>Sam Sandbox</strong> (sam@sandbox.test)</p>
<p>Portico wants to manage who can use your <strong>${escapeHtml(service.name)}</strong> accounts, so it can give your agency access.</p>
<p class="note">Sandbox: a local stand-in for ${escapeHtml(platform.name)}'s sign-in. No real account is used.</p>
<form method="post" action="authorize">
${hidden("service", serviceId)}${hidden("state", state)}${hidden("redirect_uri", redirectUri)}
<div class="actions"><button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Cancel</button></div>
</form></main></body></html>`);
});
