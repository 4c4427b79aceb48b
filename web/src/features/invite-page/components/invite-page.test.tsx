import { type AccessPageModel, CONNECT_CALLBACK_PATH } from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { fireEvent, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callablesAs, closeTestApps, uniqueId } from "../../../testing/emulators";
import { useInvitePage } from "../hooks/use-invite-page";
import { INTAKE_HEADING_ID } from "./access-page-view";
import { InvitePage } from "./invite-page";
import { serviceHeadingId } from "./service-card";

// The client's access page on the real emulators: the page's own callables
// (through the app's Functions client) answer; the agency side is set up
// through the same callables the agency app uses.

type Call = Awaited<ReturnType<typeof callablesAs>>;
const PASSWORD = "portico-test-1";
let agency: Call;
let visitor: Call;
const accounts: Record<string, string> = {};

beforeAll(async () => {
  const email = `${uniqueId("owner")}@invite-page-view.test`;
  visitor = await callablesAs();
  await visitor(CALLABLES.signUp, {
    displayName: "Otto Owner",
    agencyName: uniqueId("Agency"),
    email,
    password: PASSWORD,
  });
  agency = await callablesAs({ email, password: PASSWORD });
  for (const [key, kind, value] of [
    ["ads", "google-ads-manager", "123-456-7890"],
    ["google", "google-account", "team@agency.test"],
  ] as const) {
    ({ accountId: accounts[key] } = await agency<{ accountId: string }>(
      CALLABLES.saveConnectedAccount,
      { kind, value },
    ));
  }
  await agency(CALLABLES.updateIntakeForm, {
    enabled: true,
    questions: [{ id: "goals", type: "long_text", label: "What are your goals?", required: true }],
  });
  // Each callable's first call starts its worker, slow on a busy machine.
}, 180_000);

afterAll(async () => {
  await closeTestApps();
});

/** A fresh invite (Google Ads to connect, Search Console to grant by hand, the intake form). */
async function createInvite(): Promise<string> {
  const { clientId } = await agency<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email: `${uniqueId("ana")}@client.test`,
    type: "client",
    language: "en",
  });
  const { url } = await agency<{ url: string }>(CALLABLES.createInvite, {
    clientId,
    services: [
      { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: accounts.ads },
      {
        serviceId: "google-search-console",
        accessLevel: "full",
        connectedAccountId: accounts.google,
      },
    ],
    intakeForm: true,
    retainTokens: false,
    sendEmail: false,
  });
  return new URL(url).pathname.split("/").pop() ?? "";
}

/** The page as the server shows it now (opening it changes nothing). */
const pageOf = (token: string) => visitor<AccessPageModel>(CALLABLES.openInvite, { token });

/** Puts the browser at `path`, where the page reads where it is. */
function visit(path: string) {
  window.history.replaceState(null, "", path);
}

// Each test creates its own invite through several callables.
const SLOW = { timeout: 120_000 };

describe("the access page's states", SLOW, () => {
  it("shows the unavailable page for a link that leads nowhere", async () => {
    visit(`/i/${"A".repeat(43)}`);
    const { result } = renderHook(() => useInvitePage());
    expect(result.current.screen.kind).toBe("loading");
    await waitFor(() => expect(result.current.screen.kind).toBe("unavailable"));
    expect(result.current.screen).toMatchObject({ title: expect.any(String) });
  });

  it("shows the server's words for a link cut short", async () => {
    visit("/i/cut-short");
    const { result } = renderHook(() => useInvitePage());
    await waitFor(() => expect(result.current.screen).toMatchObject({ kind: "unavailable" }));
    expect(result.current.screen).toMatchObject({
      title: expect.stringMatching(/\S/),
      body: expect.stringMatching(/\S/),
    });
  });

  it("shows a neutral notice when back from a platform with no sign-in under way", async () => {
    visit(`${CONNECT_CALLBACK_PATH}?state=${uniqueId("state")}&code=abc`);
    const { result } = renderHook(() => useInvitePage());
    await waitFor(() =>
      expect(result.current.screen).toEqual({ kind: "notice", notice: "callback" }),
    );
  });

  it("opens in the client's language when the link asks for one the server does not speak", async () => {
    const token = await createInvite();
    visit(`/i/${token}?lang=zz`);
    const { result } = renderHook(() => useInvitePage());
    await waitFor(() => expect(result.current.screen.kind).toBe("page"));
    expect(result.current.screen).toMatchObject({ page: { locale: "en" } });
    expect(window.location.search).toBe("");
    expect(document.title).toBe((await pageOf(token)).texts.pageTitle);
  });
});

describe("the access page", SLOW, () => {
  it("confirms a service granted by hand and moves focus to the next one still waiting", async () => {
    const token = await createInvite();
    const { texts } = await pageOf(token);
    visit(`/i/${token}`);
    const { container } = render(<InvitePage />);
    const card = await waitFor(() => {
      const found = container.querySelector('[data-service-id="google-search-console"]');
      if (!(found instanceof HTMLElement)) throw new Error("Search Console is not shown yet");
      return found;
    });

    fireEvent.click(within(card).getByRole("button", { name: texts.done }));
    await waitFor(() => expect(within(card).getByText(texts.grantedConfirmed)).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.id).toBe(serviceHeadingId("google-ads")));
    const page = await pageOf(token);
    expect(page.services.find((s) => s.serviceId === "google-search-console")?.status).not.toBe(
      "pending",
    );
  });

  it("saves the answers a moment after typing, and says so", async () => {
    const token = await createInvite();
    const { texts } = await pageOf(token);
    visit(`/i/${token}`);
    render(<InvitePage />);
    const goals = await screen.findByRole("textbox", { name: /What are your goals/ });

    fireEvent.change(goals, { target: { value: "More customers" } });
    await screen.findByText(texts.saved);
    expect((await pageOf(token)).intake?.answers).toMatchObject({ goals: "More customers" });
  });

  it("refuses to send a form with a required answer missing, and focuses that question", async () => {
    const token = await createInvite();
    const { texts } = await pageOf(token);
    visit(`/i/${token}`);
    render(<InvitePage />);
    const goals = await screen.findByRole("textbox", { name: /What are your goals/ });

    fireEvent.click(screen.getByRole("button", { name: texts.submitAnswers }));
    await waitFor(() => expect(document.activeElement).toBe(goals));
    expect(goals.getAttribute("aria-invalid")).toBe("true");
    expect((await pageOf(token)).intake?.status).not.toBe("done");
    expect(document.getElementById(INTAKE_HEADING_ID)).not.toBeNull();
  });
});
