import { CALLABLES } from "@portico/domain/config";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { signInWithEmailAndPassword, signOut } from "firebase/auth";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { auth } from "../../../lib/firebase";
import { callablesAs, closeTestApps, uniqueId } from "../../../testing/emulators";
import { PublicOnboardingPage } from "./public-page";

// The public access page on the real emulators: the page's own callables
// answer; the agency's page is made through the agency's callables.

const PASSWORD = "portico-test-1";
let agency: Awaited<ReturnType<typeof callablesAs>>;
let agencyId: string;
let accountId: string;

beforeAll(async () => {
  const email = `${uniqueId("owner")}@public-page-view.test`;
  const visitor = await callablesAs();
  await visitor(CALLABLES.signUp, {
    displayName: "Otto Owner",
    agencyName: "Sol Agency",
    email,
    password: PASSWORD,
  });
  agency = await callablesAs({ email, password: PASSWORD });
  ({ accountId } = await agency<{ accountId: string }>(CALLABLES.saveConnectedAccount, {
    kind: "google-ads-manager",
    value: "123-456-7890",
  }));
  // The workspace's id, from the owner's claims (the app's own Auth, signed out again after).
  const { user } = await signInWithEmailAndPassword(auth, email, PASSWORD);
  agencyId = String((await user.getIdTokenResult(true)).claims.agencyId);
  await signOut(auth);
}, 180_000);

afterAll(async () => {
  await closeTestApps();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function page(slug: string, extra: Record<string, unknown> = {}) {
  return {
    name: "Website CTA",
    slug,
    services: [{ serviceId: "google-ads", accessLevel: "standard", connectedAccountId: accountId }],
    clientType: "client",
    defaultLanguage: "en",
    ...extra,
  };
}

function visit(path: string, languages: string[]) {
  window.history.replaceState(null, "", path);
  vi.spyOn(navigator, "languages", "get").mockReturnValue(languages);
}

describe("the public access page", () => {
  it("opens in the browser's language, answers bad details beside the fields, then leads on", async () => {
    const slug = uniqueId("cta");
    await agency(CALLABLES.createOnboardingPage, page(slug));
    visit(`/embed/p/${agencyId}/${slug}?ref=crm-1`, ["es-ES", "en"]);
    render(<PublicOnboardingPage />);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Empieza con Sol Agency" }),
    ).toBeTruthy();
    expect(screen.getByText("Google Ads")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Continuar" }));
    expect(await screen.findByText("Escribe tu nombre.")).toBeTruthy();
    expect(screen.getByLabelText("Tu nombre").getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(screen.getByLabelText("Tu nombre"), { target: { value: "Dana" } });
    fireEvent.change(screen.getByLabelText("Correo electrónico"), {
      target: { value: `${uniqueId("dana")}@visitor.test` },
    });
    fireEvent.click(screen.getByRole("button", { name: "Continuar" }));
    // Inside another site, the grant flow opens in its own tab.
    const next = await screen.findByRole("link", { name: "Continuar" });
    expect(next.getAttribute("href")).toMatch(/^\/i\/[A-Za-z0-9_-]{43}\?lang=es$/);
  });

  it("switches language on request, and shows a paused page's message", async () => {
    const slug = uniqueId("paused");
    const { pageId } = await agency<{ pageId: string }>(CALLABLES.createOnboardingPage, page(slug));
    visit(`/p/${agencyId}/${slug}`, ["fr-FR"]);
    const view = render(<PublicOnboardingPage />);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Get started with Sol Agency" }),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "nl" } });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Aan de slag met Sol Agency" }),
    ).toBeTruthy();
    expect(window.location.search).toBe("?lang=nl");
    view.unmount();

    await agency(CALLABLES.pauseOnboardingPage, { pageId, paused: true });
    visit(`/p/${agencyId}/${slug}`, ["nl"]);
    render(<PublicOnboardingPage />);
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
        "Deze pagina is gepauzeerd",
      ),
    );
  });
});
