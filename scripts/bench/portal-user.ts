/**
 * A portal user of one client for the benchmarks, made as accepting a portal
 * invitation leaves it (Auth user with portal claims, an active member
 * document, the client's portal view), and signed in through /portal/sign-in.
 */
import type { Browser, BrowserContext } from "@playwright/test";
import { clientDocSchema } from "@portico/domain/clients";
import { paths } from "@portico/domain/paths";
import { portalClientView } from "@portico/domain/portal-views";
import { appUrl } from "../lib/emulators";

export const BENCH_PORTAL_PASSWORD = "portico-bench-portal-1";

export async function ensurePortalUser(agencyId: string, clientId: string): Promise<string> {
  const { auth, db } = await import("../../functions/src/admin");
  const email = `portal-${clientId.toLowerCase()}@bench.test`;
  const user =
    (await auth.getUserByEmail(email).catch(() => null)) ??
    (await auth.createUser({
      email,
      password: BENCH_PORTAL_PASSWORD,
      emailVerified: true,
      displayName: "Bench Portal",
    }));
  await auth.setCustomUserClaims(user.uid, { agencyId, clientId, role: "portal" });
  const now = new Date();
  await db.doc(paths.portalMember(agencyId, clientId, user.uid)).set({
    uid: user.uid,
    email,
    displayName: "Bench Portal",
    status: "active",
    invitedBy: { kind: "agency", uid: "bench", name: "Bench" },
    joinedAt: now,
    updatedAt: now,
  });
  // The view the syncPortalClientView trigger keeps (the open phase runs without Functions).
  const client = clientDocSchema
    .pick({ name: true, language: true })
    .parse((await db.doc(paths.client(agencyId, clientId)).get()).data());
  await db
    .doc(paths.portalClientView(agencyId, clientId))
    .set(portalClientView(client, { hasAgentConnection: true, hasBillingPlan: false }));
  return email;
}

const TIMEOUT_MS = 60_000;

/** A browser context signed in to the portal as `email`. */
export async function signedInPortal(
  browser: Browser,
  email: string,
  init?: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: appUrl("test"),
    viewport: { width: 1280, height: 800 },
  });
  if (init) await context.addInitScript({ content: init });
  const page = await context.newPage();
  await page.goto("/portal/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(BENCH_PORTAL_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/portal", { timeout: TIMEOUT_MS });
  await page.close();
  return context;
}
