import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import {
  agencyDailyLimit,
  MAIL_LIMITS,
  mailDay,
  mailQuotaIds,
  nextMailDay,
} from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import {
  adminAuth,
  adminDb,
  createAgencyWithOwner,
  createClientRecord,
  linkIn,
  mailsTo,
  STRONG_PASSWORD,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

const PORTAL_LINK = /http:\/\/127\.0\.0\.1:\d+\/portal\/join\/[A-Za-z0-9_-]{43}/;
/** A callable's first call starts its function cold in the emulator: allow for it. */
const CALLABLE_TIMEOUT = 30_000;

let contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** Today's counter at its limit, as if the day's mail had already gone out. */
async function useUpQuota(quotaId: string, fields: Record<string, unknown>, used: number) {
  const now = new Date();
  await adminDb()
    .doc(paths.mailQuota(quotaId))
    .set({ ...fields, day: mailDay(now), count: used, expiresAt: nextMailDay(now) });
}

test.describe("mail limits", () => {
  // Two signed-in contexts and five callables in one journey.
  test.describe.configure({ timeout: 120_000 });
  test("the agency, then a Spanish portal user, read when their mail limit resets", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Quota Works");
    const client = { name: "Librería Sol", email: uniqueEmail("client") };
    const clientId = await createClientRecord(agency.agencyId, {
      ...client,
      type: "client",
      language: "es",
    });
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await owner.getByRole("button", { name: "Send Portal Invitation", exact: true }).click();
    const sendDialog = owner.getByRole("dialog", { name: "Send Portal Invitation" });
    await sendDialog.getByRole("button", { name: "Send invitation" }).click();
    await expect(sendDialog).toHaveCount(0, { timeout: CALLABLE_TIMEOUT });
    await expect.poll(async () => (await mailsTo(client.email)).length).toBe(1);
    const outbox = adminDb().collection(paths.mails()).where("agencyId", "==", agency.agencyId);

    // The agency's day is used up: Resend Invitation says so, in its dialog, and sends nothing.
    const agencyLimit = agencyDailyLimit(false);
    await useUpQuota(
      mailQuotaIds.agency(agency.agencyId, mailDay(new Date())),
      { kind: "agency", agencyId: agency.agencyId },
      agencyLimit,
    );
    await owner.getByRole("button", { name: "Resend Invitation", exact: true }).click();
    const resendDialog = owner.getByRole("dialog", { name: "Resend Invitation" });
    await resendDialog.getByRole("button", { name: "Resend invitation" }).click();
    await expect(
      resendDialog.getByText(
        new RegExp(
          `^Today's email limit \\(${agencyLimit}\\) has been reached\\. Emails can be sent again from `,
        ),
      ),
    ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
    expect((await outbox.count().get()).data().count).toBe(1);
    await adminDb()
      .doc(paths.mailQuota(mailQuotaIds.agency(agency.agencyId, mailDay(new Date()))))
      .delete();

    // The client joins in Spanish and opens their team page.
    const link = linkIn((await mailsTo(client.email))[0]?.text ?? "", PORTAL_LINK);
    const portal = await newPage(browser);
    await portal.goto(link);
    await portal.getByLabel("Tu nombre").fill("Lucía");
    await portal.getByLabel("Elige una contraseña").fill(STRONG_PASSWORD);
    await portal.getByRole("button", { name: "Crear mi cuenta" }).click();
    await expect(portal.getByRole("heading", { name: "Hola, Lucía" })).toBeVisible({
      timeout: CALLABLE_TIMEOUT,
    });
    // Joining sends her the portal's welcome: the outbox now holds two mails.
    await expect.poll(async () => (await mailsTo(client.email)).length).toBe(2);
    await portal.goto("/portal/settings/team");

    // Her invitations for today are used up: the refusal is in Spanish, with the time.
    const { uid } = await adminAuth().getUserByEmail(client.email);
    const limit = MAIL_LIMITS.portalUserPerDay;
    await useUpQuota(
      mailQuotaIds.portalUser(uid, mailDay(new Date())),
      { kind: "portalUser", agencyId: agency.agencyId, uid },
      limit,
    );
    await portal.getByLabel("Correo electrónico").fill(uniqueEmail("teammate"));
    await portal.getByRole("button", { name: "Enviar invitación" }).click();
    await expect(
      portal.getByText(
        new RegExp(
          `^Has alcanzado el límite de hoy de ${limit} invitaciones\\. Podrás enviar más a partir del .*\\d{2}:\\d{2}`,
        ),
      ),
    ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
    expect((await outbox.count().get()).data().count).toBe(2);
  });
});
