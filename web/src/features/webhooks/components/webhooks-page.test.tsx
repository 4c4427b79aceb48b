import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { signInWithEmailAndPassword, signOut } from "firebase/auth";
import { doc, type Firestore, setDoc, Timestamp, updateDoc } from "firebase/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ToastProvider } from "../../../components/toast";
import { auth } from "../../../lib/firebase";
import { callablesAs, closeTestApps, firestoreAs, uniqueId } from "../../../testing/emulators";
import { WebhookEndpoints } from "./webhooks-page";

// Settings -> Webhooks on the real emulators, signed in as the workspace's
// owner: the server's field messages beside the form's fields, the secret
// revealed on demand, and the delivery log (written here as the delivery
// function writes it) live, with its response codes and Replay.

const PASSWORD = "portico-test-1";
/** Nothing listens on the discard port: an endpoint that is never reached. */
const UNREACHED = "http://127.0.0.1:9/hooks";
let agencyId: string;
let owner: Firestore;
let agency: Awaited<ReturnType<typeof callablesAs>>;

beforeAll(async () => {
  const email = `${uniqueId("owner")}@webhooks-page.test`;
  const visitor = await callablesAs();
  await visitor(CALLABLES.signUp, {
    displayName: "Otto Owner",
    agencyName: uniqueId("Agency"),
    email,
    password: PASSWORD,
  });
  agency = await callablesAs({ email, password: PASSWORD });
  const { user } = await signInWithEmailAndPassword(auth, email, PASSWORD);
  agencyId = String((await user.getIdTokenResult(true)).claims.agencyId);
  owner = firestoreAs("owner");
}, 180_000);

afterAll(async () => {
  await signOut(auth);
  await closeTestApps();
});

function renderPage() {
  return render(
    <ToastProvider>
      <WebhookEndpoints agencyId={agencyId} />
    </ToastProvider>,
  );
}

const SLOW = { timeout: 120_000 };

describe("Settings -> Webhooks", SLOW, () => {
  it("adds an endpoint: field messages from the server, then its secret and log", async () => {
    renderPage();
    expect(await screen.findByText("No endpoints yet")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Add endpoint" }));
    const dialog = await screen.findByRole("dialog", { name: "Add endpoint" });
    const url = within(dialog).getByLabelText("Endpoint URL");
    fireEvent.change(url, { target: { value: "http://crm.example.com/hooks" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Add endpoint" }));
    expect(await within(dialog).findByText("Choose at least one event.")).toBeTruthy();

    fireEvent.click(within(dialog).getByRole("checkbox", { name: /Service granted/ }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Add endpoint" }));
    expect(await within(dialog).findByText(/Use an https:\/\/ URL/)).toBeTruthy();
    expect(url.getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(url, { target: { value: UNREACHED } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Add endpoint" }));
    const card = await screen.findByRole("region", { name: `Endpoint ${UNREACHED}` });
    const secret = within(card).getByLabelText<HTMLInputElement>("Signing secret");
    expect(secret.value).toMatch(/^whsec_/);
    expect(within(card).getByText("invite.service_granted")).toBeTruthy();
    expect(await within(card).findByText(/No deliveries yet/)).toBeTruthy();
  });

  it("reads the delivery log live with response codes, and replays a delivery", async () => {
    const { endpointId: id } = await agency<{ endpointId: string }>(
      CALLABLES.createWebhookEndpoint,
      { url: UNREACHED, description: "Log endpoint", events: ["client.created"] },
    );
    renderPage();
    const card = await screen.findByRole("region", { name: "Endpoint Log endpoint" });
    const eventId = "evt_00000000000000000000000000000001";
    const at = Timestamp.now();
    const deliveryRef = doc(owner, paths.webhookDelivery(agencyId, id, eventId));
    await setDoc(deliveryRef, {
      eventId,
      type: "invite.service_granted",
      resource: "invite/i1",
      occurredAt: at,
      orderKey: `${at.toDate().toISOString()}#00`,
      payload: "{}",
      state: "failed",
      attempts: 8,
      nextAttemptAt: null,
      leaseExpiresAt: null,
      lastAttemptAt: at,
      responseStatus: 503,
      responseBody: "upstream busy",
      error: "Answered 503.",
      log: [],
      replays: 0,
      createdAt: at,
      updatedAt: at,
      deleteAt: null,
    });
    const table = await within(card).findByRole("table", { name: /Delivery log/ });
    const row = await within(table).findByText("invite.service_granted");
    const tr = row.closest("tr") as HTMLElement;
    expect(within(tr).getByText("503")).toBeTruthy();
    expect(within(tr).getByText(/upstream busy/)).toBeTruthy();
    expect(within(tr).getByText("Failed")).toBeTruthy();

    // Delivered on a later attempt: the row changes in place.
    await updateDoc(deliveryRef, { state: "delivered", responseStatus: 200, responseBody: "ok" });
    await waitFor(() => expect(within(tr).getByText("200")).toBeTruthy());

    fireEvent.click(
      within(tr).getByRole("button", { name: `Replay invite.service_granted ${eventId}` }),
    );
    await waitFor(() => expect(within(tr).queryByText("Delivered")).toBeNull(), {
      timeout: 30_000,
    });
  });
});
