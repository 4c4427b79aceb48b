import { expect, test } from "@playwright/test";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { Timestamp } from "firebase-admin/firestore";
import { EMULATOR_VAULT_KEY } from "../../functions/src/connectors/tokenVault";
import { closeWebClients, signedInClient } from "../support/emulator-clients";
import { mailsTo, useCaptureForInProcessMail } from "../support/mail-inbox";
import { storeCallWithBooking } from "./calls-steps";
import { adminDb, linkIn } from "./fixtures";
import { CALLABLE_TIMEOUT, closePagesAfterEachTest, joinedPortal } from "./portal-steps";

// A month of a Spanish client's portal: the agency sets the plan on the
// client's profile and the open portal gains Billing (Facturación) with the
// projected charge; a call's minutes count; the period closes with a statement
// of those minutes; the weekly digest reaches the client's inbox in Spanish
// and its link unsubscribes; the agency then hides Billing, which leaves the
// portal's navigation while its address says it is not available.

test.describe.configure({ timeout: 240_000 });
closePagesAfterEachTest();
test.afterAll(async () => {
  await closeWebClients();
});

/** The Monday after this week, 08:00 UTC (the client's zone): the digest of this week is due. */
function nextMondayMorning(now = new Date()): Date {
  const daysAhead = ((8 - now.getUTCDay()) % 7 || 7) as number;
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + daysAhead, 8),
  );
}

test("a Spanish client's month: the plan, a statement at period close, the digest, until Billing is hidden", async ({
  browser,
}) => {
  const { agency, owner, clientId, client, clientPage } = await joinedPortal(browser, {
    agency: "Lumen Billing Agency",
    client: "Sonrisas Brillantes",
    user: "Dana Reyes",
  });
  // The client speaks Spanish from here on: the open portal and its mail follow.
  await adminDb().doc(paths.client(agency.agencyId, clientId)).update({ language: "es" });
  const nav = clientPage.getByRole("navigation", { name: "Portal del cliente" });
  await expect(nav.getByRole("link", { name: "Inicio" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Facturación" })).toHaveCount(0);

  // The agency sets the plan on the client's profile (a billing day other than today or tomorrow).
  const billingDay = ((new Date().getUTCDate() + 10) % 28) + 1;
  await owner.getByRole("button", { name: "Set a plan" }).click();
  await owner.getByLabel("Monthly fee").fill("49.50");
  await owner.getByLabel("Currency").selectOption("EUR");
  await owner.getByLabel("Included minutes").fill("300");
  await owner.getByLabel("Price per extra minute").fill("0,25");
  await owner.getByLabel("Billing day").selectOption(String(billingDay));
  await owner.getByRole("button", { name: "Save plan" }).click();
  await expect(owner.getByTestId("billing-plan-summary")).toContainText("€49.50 a month", {
    timeout: CALLABLE_TIMEOUT,
  });

  // The open portal gains Billing, with this period's charge so far (no calls yet: the fee).
  await nav.getByRole("link", { name: "Facturación" }).click({ timeout: CALLABLE_TIMEOUT });
  await expect(clientPage.getByRole("heading", { name: "Facturación", level: 1 })).toBeVisible();
  await expect(clientPage.getByTestId("billing-projected")).toHaveText("49,50 €", {
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(clientPage.getByTestId("billing-minutes")).toHaveText("0");
  await expect(clientPage.getByText("Aún no hay extractos.", { exact: false })).toBeVisible();

  // A call of 95 seconds: 2 minutes, on the client's next visit to Billing.
  await storeCallWithBooking(agency.agencyId, clientId);
  await clientPage.reload();
  await expect(clientPage.getByTestId("billing-minutes")).toHaveText("2", {
    timeout: CALLABLE_TIMEOUT,
  });

  // The period closes (the hourly close, run as the scheduler would after its end).
  const { closeClientPeriod } = await import("../../functions/src/billing/closeBillingPeriods");
  const afterPeriod = Timestamp.fromMillis(Date.now() + 40 * 86_400_000);
  expect(await closeClientPeriod(agency.agencyId, clientId, afterPeriod)).toBe(true);
  const statement = clientPage.getByRole("link", { name: "Extracto n.º 1" });
  await statement.click();
  await expect(clientPage.getByText("Minutos usados en este periodo: 2")).toBeVisible();
  await expect(clientPage.getByTestId("statement-total")).toHaveText("49,50 €");

  // The weekly digest: the client has an agent, and this week's digest is due next Monday.
  const staff = await signedInClient(agency.email, agency.password);
  await staff.call(CALLABLES.createAgentConnection, { clientId, platform: "portico" });
  useCaptureForInProcessMail();
  // The digest's unsubscribe token is signed with the key the emulated functions use.
  process.env.TOKEN_VAULT_KEY ||= EMULATOR_VAULT_KEY;
  const { sendWeeklyDigests } = await import("../../functions/src/digest/sendWeeklyDigests");
  await expect
    .poll(
      async () =>
        (await sendWeeklyDigests(nextMondayMorning(), { agencyId: agency.agencyId })).sent,
      {
        message: "the digest is queued once the client's agent summary exists",
        timeout: CALLABLE_TIMEOUT,
      },
    )
    .toBe(1);
  const digest = async () =>
    (await mailsTo(client.email)).find((mail) => mail.subject?.includes("agente de IA"));
  await expect.poll(digest, { timeout: 60_000 }).toBeTruthy();
  const mail = await digest();
  expect(mail?.subject).toBe("La semana de tu agente de IA en Sonrisas Brillantes");
  expect(mail?.text).toContain("Tasa de citas");
  await clientPage.goto(
    linkIn(mail?.text ?? "", /https?:\/\/\S+\/portal\/unsubscribe#token=[A-Za-z0-9._-]+/),
  );
  await clientPage.getByRole("button", { name: "Darme de baja" }).click();
  await expect(clientPage.getByText(/Te has dado de baja/)).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });

  // The agency hides Billing: gone from the nav; the open page says it is not available.
  await clientPage.goto("/portal/billing");
  await expect(clientPage.getByTestId("billing-projected")).toBeVisible();
  const sections = owner.getByRole("region", { name: "Portal sections" });
  await sections.getByLabel("Billing").uncheck();
  await sections.getByRole("button", { name: "Save sections" }).click();
  await expect(clientPage.getByTestId("portal-section-unavailable")).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(nav.getByRole("link", { name: "Facturación" })).toHaveCount(0);
  await expect(clientPage.getByRole("heading", { name: "No disponible" })).toBeVisible();
});
