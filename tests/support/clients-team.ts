/**
 * The client tests' shared team: an agency owner, a member and a viewer, each
 * signed in. Each file calls clientsTeamForThisFile() once.
 */
import { paths } from "@portico/domain/paths";
import { afterAll, beforeAll } from "vitest";
import { newAgencyOwner, signedInTeammate } from "./agencies";
import { admin, closeWebClients, type WebClient } from "./emulator-clients";

export interface Team {
  agencyId: string;
  owner: WebClient;
  member: WebClient;
  viewer: WebClient;
}

export async function newTeam(): Promise<Team> {
  const { agencyId, owner } = await newAgencyOwner("clients-owner", { displayName: "Owen Owner" });
  return {
    agencyId,
    owner,
    member: await signedInTeammate(agencyId, "member"),
    viewer: await signedInTeammate(agencyId, "viewer"),
  };
}

export const clientCount = async (agencyId: string) =>
  (await admin().db.collection(paths.clients(agencyId)).count().get()).data().count;

// Set by clientsTeamForThisFile's beforeAll; read as a live binding by the test files.
export let team: Team;

/** One team for the calling test file. */
export function clientsTeamForThisFile() {
  beforeAll(async () => {
    team = await newTeam();
  });

  afterAll(async () => {
    await closeWebClients();
  });
}
