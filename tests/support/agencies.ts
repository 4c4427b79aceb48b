/**
 * Workspaces for integration tests, made the way a visitor makes one: signed
 * up through the callable, then signed in as its owner; teammates and
 * connected accounts added as the agency adds them.
 */
import { CALLABLES } from "@portico/domain/config";
import {
  admin,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
} from "./emulator-clients";

export interface AgencyOwner {
  agencyId: string;
  agencyName: string;
  email: string;
  owner: WebClient;
}

/**
 * A new workspace and its signed-in owner. `verified`: the owner has confirmed
 * their address, which lifts the stricter daily mail allowance.
 */
export async function newAgencyOwner(
  label: string,
  options: { displayName?: string; verified?: boolean } = {},
): Promise<AgencyOwner> {
  const email = `${uniqueMarker(label)}@agency.test`;
  const agencyName = uniqueMarker("Agency");
  const { agencyId, uid } = await signUpAgency({
    displayName: options.displayName ?? "Olga Owner",
    agencyName,
    email,
    password: VALID_PASSWORD,
  });
  if (options.verified) await admin().auth.updateUser(uid, { emailVerified: true });
  return { agencyId, agencyName, email, owner: await signedInClient(email, VALID_PASSWORD) };
}

/** A member or viewer of the workspace, signed in. */
export async function signedInTeammate(
  agencyId: string,
  role: "member" | "viewer",
): Promise<WebClient> {
  const { addAgencyMember } = await import("../../functions/src/agency/addAgencyMember");
  const email = `${uniqueMarker(role)}@agency.test`;
  const user = await admin().auth.createUser({ email, password: VALID_PASSWORD });
  await addAgencyMember(agencyId, { uid: user.uid, email, displayName: role }, role);
  return signedInClient(email, VALID_PASSWORD);
}

/** Saves one of the agency's receiving accounts (Settings -> Connected accounts); its id. */
export async function saveAccount(
  owner: WebClient,
  kind: string,
  value: string,
  label = "",
): Promise<string> {
  const { accountId } = await owner.call<{ accountId: string }>(CALLABLES.saveConnectedAccount, {
    kind,
    value,
    ...(label ? { label } : {}),
  });
  return accountId;
}
