import type { AccessPageModel } from "@portico/domain/access-page-model";
import { defaultBranding } from "@portico/domain/branding";
import { CALLABLES } from "@portico/domain/config";
import { EMPTY_INTAKE_FORM } from "@portico/domain/intake";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { signInWithEmailAndPassword, signOut } from "firebase/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOnboardingPage } from "../../../data/onboarding-pages-repository";
import { auth } from "../../../lib/firebase";
import { callablesAs, closeTestApps, uniqueId } from "../../../testing/emulators";
import {
  type AccessPagePreviewComponent,
  type ConnectedAccountRow,
  EMPTY_PAGE,
  PageForm,
  type ServicePickerComponent,
} from "./page-form";

// The access page form with the app's own Functions client, signed in as the
// workspace's owner: the domain's checks beside the fields before sending, the
// server's after. The service picker and the invite page's renderer are the
// app's to pass in; stand-ins here show what the form hands them.

const PASSWORD = "portico-test-1";
let account: ConnectedAccountRow;
let saved: string[] = [];

beforeAll(async () => {
  const email = `${uniqueId("owner")}@page-form.test`;
  await (await callablesAs())(CALLABLES.signUp, {
    displayName: "Otto Owner",
    agencyName: "Sol Agency",
    email,
    password: PASSWORD,
  });
  const agency = await callablesAs({ email, password: PASSWORD });
  const { accountId } = await agency<{ accountId: string }>(CALLABLES.saveConnectedAccount, {
    kind: "google-ads-manager",
    value: "123-456-7890",
  });
  account = {
    id: accountId,
    kind: "google-ads-manager",
    platform: "google",
    label: "",
    value: "123-456-7890",
    createdAt: new Date(),
  };
  await signInWithEmailAndPassword(auth, email, PASSWORD);
}, 180_000);

afterAll(async () => {
  await signOut(auth);
  await closeTestApps();
});

/** Adds Google Ads at the standard level; shows the messages the form hands it. */
const Picker: ServicePickerComponent = ({ value, onChange, errors }) => (
  <div>
    <button
      type="button"
      onClick={() =>
        onChange([
          ...value,
          { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: account.id },
        ])
      }
    >
      Add Google Ads
    </button>
    <p data-testid="service-errors">{JSON.stringify(errors ?? null)}</p>
  </div>
);

const Preview: AccessPagePreviewComponent = ({ page }: { page: AccessPageModel }) => (
  <p data-testid="access-preview">{page.services.map((service) => service.name).join(", ")}</p>
);

function renderForm() {
  return render(
    <PageForm
      agencyId="agency-x"
      initial={EMPTY_PAGE}
      isNew
      accounts={[account]}
      intake={EMPTY_INTAKE_FORM}
      branding={defaultBranding("Sol Agency")}
      ServicePicker={Picker}
      AccessPagePreview={Preview}
      onCancel={() => {}}
      onSave={async (fields) => {
        const { pageId } = await createOnboardingPage(fields);
        saved.push(pageId);
      }}
    />,
  );
}

const createButton = () => screen.getByRole("button", { name: "Create access page" });

describe("the access page form", () => {
  it("suggests the address from the name and checks the choices like Create Invite", async () => {
    saved = [];
    renderForm();
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Website CTA Ñandú" } });
    expect((screen.getByLabelText("Short address") as HTMLInputElement).value).toBe(
      "website-cta-nandu",
    );
    fireEvent.click(createButton());
    expect(await screen.findByText(/Choose at least one service/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Client type"), { target: { value: "prospect" } });
    fireEvent.click(screen.getByRole("button", { name: "Add Google Ads" }));
    fireEvent.click(createButton());
    await waitFor(() =>
      expect(screen.getByTestId("service-errors").textContent).toContain(
        "Prospects can only be asked for read-only access to Google Ads.",
      ),
    );
    expect(saved).toEqual([]);
  });

  it("previews the page as visitors see it and shows the server's refusal beside the address", async () => {
    saved = [];
    const slug = uniqueId("taken");
    const first = renderForm();
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "First" } });
    fireEvent.change(screen.getByLabelText("Short address"), { target: { value: slug } });
    fireEvent.click(screen.getByRole("button", { name: "Add Google Ads" }));
    const preview = screen.getByRole("article", { name: "Access page details form" });
    expect(within(preview).getByText("Google Ads")).toBeTruthy();
    expect(screen.getByTestId("access-preview").textContent).toBe("Google Ads");
    fireEvent.change(screen.getByLabelText("Preview language"), { target: { value: "es" } });
    expect(within(preview).getByRole("heading", { name: "Empieza con Sol Agency" })).toBeTruthy();
    fireEvent.click(createButton());
    await waitFor(() => expect(saved).toHaveLength(1));
    first.unmount();

    renderForm();
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Second" } });
    fireEvent.change(screen.getByLabelText("Short address"), { target: { value: slug } });
    fireEvent.click(screen.getByRole("button", { name: "Add Google Ads" }));
    fireEvent.click(createButton());
    expect(await screen.findByText("Another access page already uses this address.")).toBeTruthy();
    expect(screen.getByLabelText("Short address").getAttribute("aria-invalid")).toBe("true");
    expect(saved).toHaveLength(1);
  });
});
