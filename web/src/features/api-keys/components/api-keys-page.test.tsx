import { CALLABLES } from "@portico/domain/config";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { signInWithEmailAndPassword, signOut } from "firebase/auth";
import { MemoryRouter } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ToastProvider } from "../../../components/toast";
import { auth } from "../../../lib/firebase";
import { callablesAs, closeTestApps, uniqueId } from "../../../testing/emulators";
import { ApiKeys } from "./api-keys-page";

// Settings -> API on the real emulators, signed in as the workspace's owner:
// the app's own Firestore and Functions clients, the real callables and rules.

const PASSWORD = "portico-test-1";
let agencyId: string;

beforeAll(async () => {
  const email = `${uniqueId("owner")}@api-keys-page.test`;
  const visitor = await callablesAs();
  await visitor(CALLABLES.signUp, {
    displayName: "Otto Owner",
    agencyName: uniqueId("Agency"),
    email,
    password: PASSWORD,
  });
  const { user } = await signInWithEmailAndPassword(auth, email, PASSWORD);
  agencyId = String((await user.getIdTokenResult(true)).claims.agencyId);
}, 180_000);

afterAll(async () => {
  await signOut(auth);
  await closeTestApps();
});

function renderKeys(canManage = true) {
  return render(
    <MemoryRouter>
      <ToastProvider>
        <ApiKeys agencyId={agencyId} canManage={canManage} />
      </ToastProvider>
    </MemoryRouter>,
  );
}

const SLOW = { timeout: 120_000 };

describe("Settings -> API", SLOW, () => {
  it("creates a key, shows it once, lists it by its last characters, and revokes it", async () => {
    renderKeys();
    expect(await screen.findByText("No API keys yet")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Create API key" }));
    const form = await screen.findByRole("dialog", { name: "Create API key" });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: "Zapier" } });
    // No scope chosen: refused beside the scopes, nothing made.
    fireEvent.click(within(form).getByRole("button", { name: "Create key" }));
    expect(await within(form).findByText("Choose at least one scope.")).toBeTruthy();
    fireEvent.click(within(form).getByRole("checkbox", { name: /Read clients/ }));
    fireEvent.click(within(form).getByRole("checkbox", { name: /Write invites/ }));
    fireEvent.click(within(form).getByRole("button", { name: "Create key" }));

    const shown = await screen.findByRole("dialog", { name: "Your new API key" }, SLOW);
    const field = within(shown).getByLabelText<HTMLInputElement>("API key");
    const key = field.value;
    expect(key).toMatch(/^ptk_[A-Za-z0-9]{20}_[A-Za-z0-9_-]{43}$/);

    fireEvent.click(within(shown).getByRole("button", { name: "I've copied it" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    // Gone for good: the page shows only its last characters.
    expect(screen.queryByDisplayValue(key)).toBeNull();
    const table = await screen.findByRole("table", { name: "API keys" });
    const row = within(table).getByText("Zapier").closest("tr") as HTMLElement;
    expect(within(row).getByText(`ptk_…${key.slice(-4)}`)).toBeTruthy();
    expect(within(row).getByText("Read clients, Write invites")).toBeTruthy();
    expect(within(row).getByText("Never")).toBeTruthy();
    expect(within(row).getByText("Active")).toBeTruthy();

    fireEvent.click(within(row).getByRole("button", { name: "Revoke Zapier" }));
    const confirm = await screen.findByRole("dialog", { name: "Revoke Zapier?" });
    fireEvent.click(within(confirm).getByRole("button", { name: "Revoke key" }));
    expect(await within(row).findByText("Revoked", undefined, SLOW)).toBeTruthy();
    expect(within(row).queryByRole("button", { name: "Revoke Zapier" })).toBeNull();
  });

  it("tells teammates who are not owners or admins that keys are not theirs to see", async () => {
    renderKeys(false);
    expect(screen.getByText("Only owners and admins can see and manage API keys.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Create API key" })).toBeNull();
  });
});
