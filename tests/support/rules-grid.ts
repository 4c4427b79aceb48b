// One thing, over 300 lines: the rules grid's actors and their seeded data, shared by every rules test.
/**
 * The Firestore rules test grid: one test per actor x operation for a
 * collection, so every `allow` in firestore.rules has its matching deny.
 *
 * Each test file calls `rulesSuite("demo-portico-rules-<collection>")` with its
 * own project id (files run in parallel and must never see each other's data),
 * then `describeAccessGrid(...)` per document kind. Every test starts from the
 * same small world, cleared and seeded again unless the test before it could
 * not have changed it (a grid's reads and refused writes): agency A with one
 * staff member per role, agency B with its owner, and a session per user. A
 * file adds the documents of its own collections with `rulesSuite(id, { seed })`,
 * so its grids and its other tests start from the same data.
 *
 * Actors are listed once, in ACTORS. An actor added there (e.g. a portal user of
 * a client) is refused everywhere by every existing grid until a grid lists it,
 * which is what deny-by-default rules must do.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
  type TokenOptions,
} from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import type { AgencyRole } from "@portico/domain/roles";
import { setLogLevel } from "firebase/firestore";
import { afterAll, beforeAll, beforeEach, describe, it } from "vitest";

// Refused requests are what most of these tests expect; the SDK would log each as an error.
setLogLevel("silent");

/** A Firestore instance as an actor sees it (the compat API rules-unit-testing returns). */
export type ActorFirestore = ReturnType<RulesTestContext["firestore"]>;

/** Field values of a document, as written with the client SDK. */
export type Fields = Record<string, unknown>;

/** The agency whose data the grids protect. */
export const AGENCY_ID = "agency-a";
/** Another tenant, whose staff must never reach agency A. */
export const OTHER_AGENCY_ID = "agency-b";
/** The client of agency A whose portal user is the `portal` actor. */
export const PORTAL_CLIENT_ID = "client-1";
/** Another client of agency A, with a portal user of its own (`otherPortal`). */
export const OTHER_PORTAL_CLIENT_ID = "client-2";

const SEEDED_AT = new Date("2026-01-05T09:00:00Z");

// ---- Actors ---------------------------------------------------------------

/** Someone who makes requests in a rules test, and the documents that make them who they are. */
export interface ActorDefinition {
  /** Completes "should allow ___ to get the agency". */
  readonly phrase: string;
  /** The signed-in user and their token claims; null for a signed-out visitor. */
  readonly auth: { readonly uid: string; readonly claims: TokenOptions } | null;
  /** Documents the seeded world holds for this actor (membership, session), by path. */
  readonly documents: Readonly<Record<string, Fields>>;
}

export function sessionDoc(agencyId: string | null): Fields {
  return { agencyId, claimsUpdatedAt: SEEDED_AT };
}

export function memberDoc(uid: string, role: AgencyRole): Fields {
  return {
    uid,
    email: `${uid}@example.com`,
    displayName: uid,
    role,
    status: "active",
    joinedAt: SEEDED_AT,
  };
}

/** Active staff: custom claims {agencyId, role} and an active member document. */
function staff(agencyId: string, uid: string, role: AgencyRole, phrase: string): ActorDefinition {
  return {
    phrase,
    auth: { uid, claims: { agencyId, role } },
    documents: {
      [paths.member(agencyId, uid)]: memberDoc(uid, role),
      [paths.userSession(uid)]: sessionDoc(agencyId),
    },
  };
}

/**
 * Removed staff whose ID token still carries the agency's claims (tokens live up
 * to an hour): only the deleted member document tells the rules they are gone.
 * Their claimed role is admin, so a manager's rights are what removal must end.
 */
function removedStaff(agencyId: string, uid: string, phrase: string): ActorDefinition {
  return {
    phrase,
    auth: { uid, claims: { agencyId, role: "admin" } },
    documents: { [paths.userSession(uid)]: sessionDoc(null) },
  };
}

export function portalMemberDoc(uid: string, status: "active" | "revoked" | "removed"): Fields {
  return {
    uid,
    email: `${uid}@client.example`,
    displayName: uid,
    status,
    invitedBy: { kind: "agency", uid: "owner-a", name: "owner-a" },
    joinedAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

/**
 * A client's portal user: custom claims {agencyId, clientId, role: "portal"}
 * and a portal member document. A revoked one keeps the claims (tokens live up
 * to an hour): only the member document's status tells the rules.
 */
function portalUser(
  clientId: string,
  uid: string,
  status: "active" | "revoked",
  phrase: string,
): ActorDefinition {
  return {
    phrase,
    auth: { uid, claims: { agencyId: AGENCY_ID, clientId, role: "portal" } },
    documents: {
      [paths.portalMember(AGENCY_ID, clientId, uid)]: portalMemberDoc(uid, status),
      [paths.userSession(uid)]: { ...sessionDoc(AGENCY_ID), clientId },
    },
  };
}

export const ACTORS = {
  signedOut: { phrase: "a signed-out visitor", auth: null, documents: {} },
  owner: staff(AGENCY_ID, "owner-a", "owner", "an owner of this agency"),
  admin: staff(AGENCY_ID, "admin-a", "admin", "an admin of this agency"),
  member: staff(AGENCY_ID, "member-a", "member", "a member of this agency"),
  viewer: staff(AGENCY_ID, "viewer-a", "viewer", "a viewer of this agency"),
  removedMember: removedStaff(AGENCY_ID, "removed-a", "a removed member of this agency"),
  otherAgencyOwner: staff(OTHER_AGENCY_ID, "owner-b", "owner", "staff of another agency"),
  portal: portalUser(PORTAL_CLIENT_ID, "portal-1", "active", "a portal user of client-1"),
  otherPortal: portalUser(
    OTHER_PORTAL_CLIENT_ID,
    "portal-2",
    "active",
    "a portal user of another client of this agency",
  ),
  revokedPortal: portalUser(
    PORTAL_CLIENT_ID,
    "portal-revoked",
    "revoked",
    "a revoked portal user of client-1",
  ),
} as const satisfies Record<string, ActorDefinition>;

export type ActorName = keyof typeof ACTORS;
export const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

/** Every actor with an agency role in this agency, i.e. the active staff. */
export const ACTIVE_STAFF = ["owner", "admin", "member", "viewer"] as const satisfies ActorName[];
/** The active staff and the active portal user of client-1: who reads that client's portal data. */
export const STAFF_AND_PORTAL = [...ACTIVE_STAFF, "portal"] as const satisfies ActorName[];
/** Every signed-in actor. */
export const SIGNED_IN = ACTOR_NAMES.filter((name) => name !== "signedOut");

export function actor(name: ActorName): ActorDefinition {
  return ACTORS[name];
}

/** The uid of a signed-in actor. */
export function uidOf(name: ActorName): string {
  const auth = actor(name).auth;
  if (!auth) throw new Error(`${name} is signed out and has no uid`);
  return auth.uid;
}

/** The world every test starts from: both agencies and each actor's documents. */
export function worldDocuments(): Record<string, Fields> {
  const documents: Record<string, Fields> = {
    [paths.agency(AGENCY_ID)]: {
      name: "Agency A",
      createdBy: uidOf("owner"),
      createdAt: SEEDED_AT,
    },
    [paths.agency(OTHER_AGENCY_ID)]: {
      name: "Agency B",
      createdBy: uidOf("otherAgencyOwner"),
      createdAt: SEEDED_AT,
    },
  };
  for (const name of ACTOR_NAMES) Object.assign(documents, actor(name).documents);
  return documents;
}

// ---- Suite ----------------------------------------------------------------

export const OPERATIONS = ["get", "list", "create", "update", "delete"] as const;
export type Operation = (typeof OPERATIONS)[number];

/** A value fixed for the grid, or one that depends on who asks (e.g. "their own session"). */
type PerActor<T> = T | ((actor: ActorName) => T);

export interface AccessGridSpec {
  /** Names the describe block, e.g. "agencies/{agencyId}". */
  readonly title: string;
  /** How test names refer to the documents: "the agency" / "an agency" / "agencies". */
  readonly subject: { readonly one: string; readonly new: string; readonly many: string };
  /** The existing document that get, update and delete target. */
  readonly docPath: PerActor<string>;
  /** The collection that list reads (no filter: what the rules must allow or refuse). */
  readonly collectionPath: PerActor<string>;
  /** A document that does not exist before create; the grid deletes it first if seeded. */
  readonly createPath: PerActor<string>;
  /** Valid data for create: the deny must come from who asks, not from what is written. */
  readonly createData: PerActor<Fields>;
  /** Valid data for update, for the same reason. */
  readonly updateData: PerActor<Fields>;
  /** Documents seeded besides the world, by path. */
  readonly seed?: Readonly<Record<string, Fields>>;
  /** The actors allowed each operation; every other actor must be refused. */
  readonly expect: Readonly<Record<Operation, readonly ActorName[]>>;
}

export interface RulesSuiteOptions {
  /** Documents this file adds to the world before every test, by path. */
  readonly seed?: Readonly<Record<string, Fields>>;
}

export interface RulesSuite {
  /** The test environment (inside tests and hooks). */
  env(): RulesTestEnvironment;
  /** Firestore as an actor sees it, rules enforced. */
  db(name: ActorName): ActorFirestore;
  /** Firestore for a one-off user outside ACTORS (e.g. a token whose role is stale). */
  dbAs(uid: string, claims: TokenOptions): ActorFirestore;
  /** Writes documents with rules disabled. */
  seed(documents: Readonly<Record<string, Fields>>): Promise<void>;
  /** Reads a document with rules disabled: undefined when it does not exist. */
  read(documentPath: string): Promise<Fields | undefined>;
  /** One test per actor x operation, assertSucceeds for listed actors, assertFails for the rest. */
  describeAccessGrid(spec: AccessGridSpec): void;
}

const RULES_PATH = path.resolve(import.meta.dirname, "../../firestore.rules");

function emulatorHost(): { host: string; port: number } {
  const value = process.env.FIRESTORE_EMULATOR_HOST;
  const match = value?.match(/^(.+):(\d+)$/);
  if (!match?.[1] || !match[2]) {
    throw new Error(
      "FIRESTORE_EMULATOR_HOST is not set: run the rules tests through `npm test`, " +
        "which starts them inside `firebase emulators:exec`.",
    );
  }
  return { host: match[1], port: Number(match[2]) };
}

function resolve<T>(value: PerActor<T>, name: ActorName): T {
  return typeof value === "function" ? (value as (actor: ActorName) => T)(name) : value;
}

const GRID_PREFIX = "access grid: ";

/**
 * Sets up a rules test file: its own emulator project, the real firestore.rules,
 * and a cleared, freshly seeded world (plus `options.seed`) before each test.
 */
export function rulesSuite(projectId: string, options: RulesSuiteOptions = {}): RulesSuite {
  if (!projectId.startsWith("demo-portico-rules-")) {
    throw new Error(`Use a project id per file, starting with demo-portico-rules-: ${projectId}`);
  }
  let testEnv: RulesTestEnvironment | undefined;
  const clients = new Map<ActorName, ActorFirestore>();

  const env = (): RulesTestEnvironment => {
    if (!testEnv) throw new Error("The rules test environment is not initialized yet");
    return testEnv;
  };

  const db = (name: ActorName): ActorFirestore => {
    let client = clients.get(name);
    if (!client) {
      const auth = actor(name).auth;
      const context = auth
        ? env().authenticatedContext(auth.uid, auth.claims)
        : env().unauthenticatedContext();
      client = context.firestore();
      clients.set(name, client);
    }
    return client;
  };

  const dbAs = (uid: string, claims: TokenOptions): ActorFirestore =>
    env().authenticatedContext(uid, claims).firestore();

  const seed = (documents: Readonly<Record<string, Fields>>) =>
    env().withSecurityRulesDisabled(async (context) => {
      const admin = context.firestore();
      const batch = admin.batch();
      for (const [documentPath, data] of Object.entries(documents)) {
        batch.set(admin.doc(documentPath), data);
      }
      await batch.commit();
    });

  const read = async (documentPath: string): Promise<Fields | undefined> => {
    let data: Fields | undefined;
    await env().withSecurityRulesDisabled(async (context) => {
      data = (await context.firestore().doc(documentPath).get()).data();
    });
    return data;
  };

  const remove = (documentPath: string) =>
    env().withSecurityRulesDisabled(async (context) => {
      await context.firestore().doc(documentPath).delete();
    });

  beforeAll(async () => {
    testEnv = await initializeTestEnvironment({
      projectId,
      firestore: { ...emulatorHost(), rules: readFileSync(RULES_PATH, "utf8") },
    });
  });

  /**
   * What the emulator holds on top of the cleared world: the key of the grid
   * seed applied, or null when unknown (another test may have changed it).
   * A grid test that cannot change anything (a read, a refused write) leaves
   * the world as it was, so the next test of the same grid skips the reset.
   */
  let worldState: string | null = null;
  const resetWorld = async (gridSeed: Readonly<Record<string, Fields>> | undefined) => {
    const key = JSON.stringify(gridSeed ?? {});
    if (worldState === key) return;
    worldState = null;
    await env().clearFirestore();
    await seed({ ...worldDocuments(), ...options.seed, ...gridSeed });
    worldState = key;
  };

  beforeEach(async (context) => {
    // Grid tests reset the world themselves, only when they must.
    if (context.task.suite?.name.startsWith(GRID_PREFIX)) return;
    await resetWorld(undefined);
    worldState = null; // the test itself may write anything
  });

  afterAll(async () => {
    clients.clear();
    await testEnv?.cleanup();
  });

  const request = (
    operation: Operation,
    spec: AccessGridSpec,
    name: ActorName,
  ): Promise<unknown> => {
    const client = db(name);
    switch (operation) {
      case "get":
        return client.doc(resolve(spec.docPath, name)).get();
      case "list":
        return client.collection(resolve(spec.collectionPath, name)).get();
      case "create":
        return client.doc(resolve(spec.createPath, name)).set(resolve(spec.createData, name));
      case "update":
        return client.doc(resolve(spec.docPath, name)).update(resolve(spec.updateData, name));
      case "delete":
        return client.doc(resolve(spec.docPath, name)).delete();
    }
  };

  const describeAccessGrid = (spec: AccessGridSpec) => {
    const phrases: Record<Operation, string> = {
      get: `get ${spec.subject.one}`,
      list: `list ${spec.subject.many}`,
      create: `create ${spec.subject.new}`,
      update: `update ${spec.subject.one}`,
      delete: `delete ${spec.subject.one}`,
    };

    describe(`${GRID_PREFIX}${spec.title}`, () => {
      for (const operation of OPERATIONS) {
        for (const name of ACTOR_NAMES) {
          const allowed = spec.expect[operation].includes(name);
          const title = `should ${allowed ? "" : "not "}allow ${actor(name).phrase} to ${phrases[operation]}`;
          it(title, async () => {
            await resetWorld(spec.seed);
            if (operation === "create") {
              const target = resolve(spec.createPath, name);
              if (await read(target)) {
                worldState = null;
                await remove(target);
              }
            } else if (operation !== "list") {
              // An allowed get of a missing document also succeeds: make sure it is there.
              const target = resolve(spec.docPath, name);
              if (!(await read(target))) throw new Error(`The grid's ${target} was not seeded`);
            }
            const changes = allowed && operation !== "get" && operation !== "list";
            if (changes) worldState = null;
            const result = request(operation, spec, name);
            try {
              await (allowed ? assertSucceeds(result) : assertFails(result));
            } catch (failure) {
              worldState = null; // a write that should have been refused may have landed
              throw failure;
            }
          });
        }
      }
    });
  };

  return { env, db, dbAs, seed, read, describeAccessGrid };
}
