/**
 * For the calls feature's component tests: a client whose calls are written
 * over the rules (as the webhook function writes them), and the app's own
 * Firebase clients signed in as that client's portal user, so the pages read
 * through the real rules.
 */
import { paths } from "@portico/domain/paths";
import type { NormalizedBooking } from "@portico/domain/voice/booking";
import type { NormalizedCall } from "@portico/domain/voice/call";
import { bookingFields, callFields } from "@portico/domain/voice/stored";
import { signInWithEmailAndPassword, signOut } from "firebase/auth";
import { doc, type Firestore, setDoc } from "firebase/firestore";
import { auth } from "../../../lib/firebase";
import { callsStrings } from "../../../lib/portal-strings";
import { createUserWithClaims, firestoreAs, uniqueId } from "../../../testing/emulators";
import type { CallsView } from "../calls-view";

const PASSWORD = "portico-test-1";

export interface PortalReader {
  owner: Firestore;
  view: CallsView;
  /** Writes a call as the webhook function stores it (fields from domain's callFields). */
  storeCall(
    callId: string,
    call: Partial<NormalizedCall>,
    extra?: { sortAt?: Date },
  ): Promise<void>;
  /** Writes a booking as the webhook function stores it (fields from domain's bookingFields). */
  storeBooking(bookingId: string, booking: Partial<NormalizedBooking>): Promise<void>;
  close(): Promise<void>;
}

/** The client's time zone in these tests: far from UTC and from any test machine's own zone. */
export const CLIENT_TIME_ZONE = "Asia/Tokyo";

function sampleNormalizedBooking(overrides: Partial<NormalizedBooking> = {}): NormalizedBooking {
  const startsAt = overrides.startsAt ?? new Date().toISOString();
  return {
    platform: "calcom",
    platformBookingId: uniqueId("booking"),
    status: "booked",
    title: "Cleaning",
    startsAt,
    endsAt: null,
    timeZone: "Europe/Amsterdam",
    attendeeName: "Dana Reyes",
    attendeeEmail: null,
    attendeePhone: null,
    location: null,
    cancellationReason: null,
    rescheduledFrom: null,
    rescheduledTo: null,
    platformCallId: null,
    changedAt: startsAt,
    ...overrides,
  };
}

function sampleNormalizedCall(overrides: Partial<NormalizedCall> = {}): NormalizedCall {
  return {
    platform: "retell",
    platformCallId: uniqueId("call"),
    agentId: "agent_front_desk",
    stage: "analyzed",
    direction: "inbound",
    callerNumber: "+14155550123",
    callerName: null,
    calledNumber: "+14155550199",
    startedAt: new Date().toISOString(),
    endedAt: null,
    durationSeconds: 95,
    outcome: "answered",
    endedReason: "user_hangup",
    transferTarget: null,
    summary: "Booked a cleaning.",
    sentiment: "positive",
    successful: true,
    transcript: [],
    structuredData: null,
    recording: null,
    platformCostCents: 31,
    metadata: null,
    ...overrides,
  };
}

/** A fresh agency and client, and the app signed in as the client's portal user. */
export async function portalReader(): Promise<PortalReader> {
  // Callables take only [A-Za-z0-9] ids (recordingLink checks the client's).
  const agencyId = uniqueId("agency").replace(/-/g, "");
  const clientId = uniqueId("client").replace(/-/g, "");
  const email = `${uniqueId("portal")}@calls-view.test`;
  const uid = await createUserWithClaims(email, PASSWORD, { agencyId, clientId, role: "portal" });
  const owner = firestoreAs("owner");
  const now = new Date();
  await setDoc(doc(owner, paths.portalMember(agencyId, clientId, uid)), {
    uid,
    email,
    displayName: "Dana",
    status: "active",
    invitedBy: { kind: "agency", uid: "owner", name: "Olga" },
    joinedAt: now,
    updatedAt: now,
  });
  await signInWithEmailAndPassword(auth, email, PASSWORD);
  return {
    owner,
    view: {
      agencyId,
      clientId,
      locale: "en",
      timeZone: CLIENT_TIME_ZONE,
      t: callsStrings("en"),
      basePath: "/portal",
      staff: false,
    },
    async storeCall(callId, overrides, extra = {}) {
      const call = sampleNormalizedCall(overrides);
      const sortAt = extra.sortAt ?? (call.startedAt ? new Date(call.startedAt) : now);
      await setDoc(doc(owner, paths.call(agencyId, clientId, callId)), {
        ...callFields(call),
        connectionId: "connection-1",
        bookingId: null,
        booked: false,
        sortAt,
        receivedAt: now,
        updatedAt: now,
      });
      if (call.recording) {
        await setDoc(doc(owner, paths.callRecording(agencyId, clientId, callId)), {
          ...call.recording,
          updatedAt: now,
        });
      }
    },
    async storeBooking(bookingId, overrides) {
      const booking = sampleNormalizedBooking(overrides);
      const fields = bookingFields(booking);
      await setDoc(doc(owner, paths.booking(agencyId, clientId, bookingId)), {
        ...fields,
        connectionId: "connection-1",
        callId: null,
        history: [{ status: fields.status, at: now, startsAt: fields.startsAt }],
        lastChangedAt: now,
        receivedAt: now,
        updatedAt: now,
      });
    },
    close: () => signOut(auth),
  };
}
