/**
 * The team invitation tests' steps: an agency owner, a teammate invited by
 * email, the link token read from the queued mail, and the token's document.
 */
import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, beforeAll, expect, vi } from "vitest";
import { newAgencyOwner } from "./agencies";
import {
  admin,
  callableError,
  closeWebClients,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
  webClient,
} from "./emulator-clients";

export const LINK_NO_LONGER_VALID = "This link is no longer valid. Ask for a new invitation.";

export interface Owner {
  client: WebClient;
  agencyId: string;
  email: string;
}

export async function newAgency(label: string): Promise<Owner> {
  const { agencyId, email, owner } = await newAgencyOwner(label);
  return { client: owner, agencyId, email };
}

export async function invite(owner: Owner, role = "member") {
  const email = `${uniqueMarker("invitee")}@team.test`;
  const { invitationId } = await owner.client.call<{ invitationId: string }>(
    CALLABLES.inviteTeammate,
    {
      email,
      role,
    },
  );
  return { email, invitationId, path: paths.invitation(owner.agencyId, invitationId) };
}

/** The raw token from the newest invitation email about `invitationPath`. */
export async function tokenFromMail(invitationPath: string, previous?: string): Promise<string> {
  return vi.waitFor(
    async () => {
      const mails = await admin()
        .db.collection("mail")
        .where("relatedPath", "==", invitationPath)
        .get();
      const tokens = mails.docs
        .map((mail) => /\/join\/([A-Za-z0-9_-]{43})/.exec(mail.get("message.text") as string)?.[1])
        .filter((token): token is string => Boolean(token) && token !== previous);
      expect(tokens).toHaveLength(1);
      return tokens[0] as string;
    },
    { timeout: 30_000, interval: 150 },
  );
}

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
export const tokenDoc = (token: string) =>
  admin()
    .db.doc(paths.invitationToken(sha256(token)))
    .get();
export const memberCount = async (agencyId: string) =>
  (await admin().db.collection(paths.members(agencyId)).count().get()).data().count;

// Set by teamOwnerForThisFile's hooks; read as live bindings by the test files.
export let owner: Owner;

/** One agency owner for the calling test file. */
export function teamOwnerForThisFile() {
  beforeAll(async () => {
    owner = await newAgency("team-owner");
  });

  afterAll(async () => {
    await closeWebClients();
  });
}

/** A link as a stranger finds it: the page says it is not valid and accepting is refused. */
export async function refusedAccept(token: string, displayName: string) {
  const client = await webClient();
  expect(
    (await client.call<{ valid: boolean }>(CALLABLES.describeTeamInvitation, { token })).valid,
  ).toBe(false);
  return callableError(
    client.call(CALLABLES.acceptTeamInvitation, { token, displayName, password: VALID_PASSWORD }),
  );
}
