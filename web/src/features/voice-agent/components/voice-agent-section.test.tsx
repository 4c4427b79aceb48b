import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { signInWithEmailAndPassword, signOut } from "firebase/auth";
import { doc, type Firestore, setDoc, Timestamp, updateDoc } from "firebase/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ToastProvider } from "../../../components/toast";
import { auth } from "../../../lib/firebase";
import { callablesAs, closeTestApps, firestoreAs, uniqueId } from "../../../testing/emulators";
import { VoiceAgentSection } from "./voice-agent-section";

// The Voice agent section on the real emulators: the app's own Firestore and
// Functions clients, signed in as the workspace's owner; the delivery log's
// entries are written as the webhook function writes them.

const PASSWORD = "portico-test-1";
let agencyId: string;
let owner: Firestore;
let agency: Awaited<ReturnType<typeof callablesAs>>;

beforeAll(async () => {
  const email = `${uniqueId("owner")}@voice-agent-section.test`;
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
  // The callables' first calls start their workers, slow on a busy machine.
}, 180_000);

afterAll(async () => {
  await signOut(auth);
  await closeTestApps();
});

async function newClient(): Promise<string> {
  const { clientId } = await agency<{ clientId: string }>(CALLABLES.createClient, {
    name: "Bright Smiles",
    email: `${uniqueId("smiles")}@client.test`,
    type: "client",
    language: "en",
  });
  return clientId;
}

function renderSection(clientId: string, canEdit: boolean) {
  return render(
    <ToastProvider>
      <VoiceAgentSection agencyId={agencyId} clientId={clientId} canEdit={canEdit} />
    </ToastProvider>,
  );
}

/** A delivery log entry as the webhook function writes it. */
function delivery(at: Date, result: string, reason: string | null = null) {
  return {
    at: Timestamp.fromDate(at),
    event: "end-of-call-report",
    result,
    status: result === "stored" ? 200 : 401,
    reason,
    subjectId: null,
    deleteAt: Timestamp.fromDate(new Date(at.getTime() + 30 * 86_400_000)),
  };
}

const SLOW = { timeout: 120_000 };

describe("the Voice agent section", SLOW, () => {
  it("adds a Vapi connection: its webhook URL, its secret once, and its set-up steps", async () => {
    const clientId = await newClient();
    renderSection(clientId, true);
    expect(await screen.findByText(/No connections yet/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Add connection" }));
    const dialog = await screen.findByRole("dialog", { name: "Add connection" });
    fireEvent.click(within(dialog).getByRole("radio", { name: /Vapi/ }));
    fireEvent.change(within(dialog).getByLabelText("Name (optional)"), {
      target: { value: "Front desk" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Add connection" }));

    const card = await screen.findByRole("article", { name: "Front desk" });
    const url = within(card).getByLabelText<HTMLInputElement>("Webhook URL");
    expect(url.value).toMatch(/\/hooks\/voice\/[A-Za-z0-9]{20}$/);
    const secret = await within(card).findByLabelText<HTMLInputElement>("Signing secret");
    expect(secret.value).toMatch(/^psk_/);
    // The delivery log is a listener of its own: it may arrive after the card.
    expect(await within(card).findByText("No events yet")).toBeTruthy();
    expect(within(card).getByText(/Custom Credentials/)).toBeTruthy();
    expect(within(card).getByText(new RegExp(`ends in …${secret.value.slice(-4)}`))).toBeTruthy();

    // Dismissed, the secret is gone for good: only its last characters remain.
    fireEvent.click(within(card).getByRole("button", { name: "I've copied it" }));
    await waitFor(() => expect(within(card).queryByLabelText("Signing secret")).toBeNull());

    // Rotating shows the new secret and how long the old one keeps working.
    fireEvent.click(within(card).getByRole("button", { name: "Rotate secret" }));
    const rotate = await screen.findByRole("dialog", { name: /Rotate the secret/ });
    fireEvent.click(within(rotate).getByRole("button", { name: "Rotate secret" }));
    const rotated = await within(card).findByLabelText<HTMLInputElement>("Signing secret");
    expect(rotated.value).toMatch(/^psk_/);
    expect(rotated.value).not.toBe(secret.value);
    expect(
      await within(card).findByText(/The previous signing secret keeps working until/),
    ).toBeTruthy();

    // Turned off, then on again.
    fireEvent.click(within(card).getByRole("button", { name: "Turn off" }));
    expect(await within(card).findByText("Off")).toBeTruthy();
    // The badge follows the connection's listener, which can come before the
    // callable's answer: until then the button is busy (disabled) and a click is lost.
    await waitFor(() =>
      expect(
        within(card).getByRole<HTMLButtonElement>("button", { name: "Turn on" }).disabled,
      ).toBe(false),
    );
    fireEvent.click(within(card).getByRole("button", { name: "Turn on" }));
    expect(await within(card).findByText("No events yet")).toBeTruthy();
  });

  it("shows the server's reason beside the key field when Retell's key is missing", async () => {
    const clientId = await newClient();
    renderSection(clientId, true);
    fireEvent.click(await screen.findByRole("button", { name: "Add connection" }));
    const dialog = await screen.findByRole("dialog", { name: "Add connection" });
    fireEvent.click(within(dialog).getByRole("radio", { name: /Retell AI/ }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Add connection" }));
    const keyField = await within(dialog).findByLabelText("Retell API key (webhook badge)");
    await waitFor(() => expect(keyField.getAttribute("aria-invalid")).toBe("true"));
    expect(within(dialog).getByText(/Paste the whole key/)).toBeTruthy();
  });

  it("reads the delivery log live, newest first, in pages, with the reasons for refusals", async () => {
    const clientId = await newClient();
    const { connectionId } = await agency<{ connectionId: string }>(
      CALLABLES.createAgentConnection,
      { clientId, platform: "calcom", label: "Bookings" },
    );
    const log = paths.connectionDeliveries(agencyId, clientId, connectionId);
    const start = Date.now() - 60 * 60_000;
    for (let index = 0; index < 11; index += 1) {
      await setDoc(doc(owner, log, `d${String(index).padStart(2, "0")}`), {
        ...delivery(new Date(start + index * 60_000), "stored"),
        event: `event-${index}`,
      });
    }
    // A viewer's view: the log and health, no actions.
    renderSection(clientId, false);
    const card = await screen.findByRole("article", { name: "Bookings" });
    expect(within(card).queryByRole("button", { name: /Rotate|Turn off/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Add connection" })).toBeNull();

    const table = await within(card).findByRole("table", { name: /Delivery log/ });
    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(11)); // head + 10
    const firstRow = within(table).getAllByRole("row")[1];
    expect(firstRow?.textContent).toContain("event-10");
    fireEvent.click(within(card).getByRole("button", { name: "Show older deliveries" }));
    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(12));

    // A refusal arrives: on top, with its reason; the health points at it.
    await setDoc(
      doc(owner, log, "refused"),
      delivery(
        new Date(),
        "bad-signature",
        "The signature does not match this connection's secret.",
      ),
    );
    await updateDoc(doc(owner, paths.agentConnection(agencyId, clientId, connectionId)), {
      lastEventAt: Timestamp.fromDate(new Date(start + 10 * 60_000)),
      lastRefusalAt: Timestamp.now(),
    });
    await waitFor(() =>
      expect(within(table).getAllByRole("row")[1]?.textContent).toContain("Refused: bad signature"),
    );
    expect(within(table).getByText(/does not match this connection's secret/)).toBeTruthy();
    expect(await within(card).findByText(/Last event \d+ minutes ago/)).toBeTruthy();
    expect(within(card).getByText(/last delivery was refused/)).toBeTruthy();
  });
});
