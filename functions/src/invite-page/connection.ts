// One thing, over 300 lines: the three steps of a client's platform sign-in (start, callback, grant) around one session document.

import { createHash, randomBytes } from "node:crypto";
import { CONNECT_CALLBACK_PATH } from "@portico/domain/access-page-model";
import {
  completeConnectionCallable,
  grantServiceCallable,
  startConnectionCallable,
} from "@portico/domain/callables/invite-page";
import { getPlatform } from "@portico/domain/catalogue/platforms";
import { getService, type ServiceId } from "@portico/domain/catalogue/services";
import type { Locale } from "@portico/domain/i18n/locales";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import type { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { APP_URL, TOKEN_VAULT_KEY } from "../config";
import {
  type Connector,
  type ConnectorAccount,
  ConnectorError,
  type ConnectorTokens,
  type GrantRequest,
} from "../connectors/connector";
import { PROVIDER_SECRETS } from "../connectors/providers";
import { connectorFor } from "../connectors/registry";
import { openTokens, sealTokens } from "../connectors/tokenVault";
import { refs, type StoredConnectorSession } from "../documents";
import { readInviteProgress } from "../invites/inviteProgress";
import { serve } from "../serve";
import {
  assertAccountConnected,
  type OpenedInvite,
  pageError,
  pageModel,
  pendingService,
  resolveInvite,
  type StoredService,
  withService,
} from "./openedInvite";

/** A sign-in must come back within this time. */
const SESSION_LIFETIME_MS = 15 * 60 * 1000;
const secrets = [TOKEN_VAULT_KEY, ...PROVIDER_SECRETS];

const hash = (value: string) => createHash("sha256").update(value).digest("hex");
const redirectUri = () => `${APP_URL.value()}${CONNECT_CALLBACK_PATH}`;

/**
 * `connectorSessions/{sha256(state)}` (server-only): one client sign-in with
 * a platform, from start to grant. The state is random and travels only
 * through the browser, so a callback with a state this server did not issue
 * for this invite is refused (CSRF).
 */
type ConnectorSession = StoredConnectorSession;

function connectorOrRefuse(opened: OpenedInvite, serviceId: ServiceId): Connector {
  const connector = connectorFor(serviceId);
  if (!connector) throw pageError("failed-precondition", opened.locale, "noSignIn");
  return connector;
}

function providerFailure(error: unknown, serviceId: ServiceId, locale: Locale): HttpsError {
  const platform = getPlatform(getService(serviceId).platform).name;
  if (error instanceof ConnectorError && error.reason === "refused") {
    return pageError("failed-precondition", locale, "providerRefused", { platform });
  }
  return pageError("unavailable", locale, "providerUnavailable", { platform });
}

/** The session for `state`, only if it belongs to this invite and is still usable. */
async function sessionFor(state: string, opened: OpenedInvite): Promise<ConnectorSession> {
  const session = (await refs.connectorSession(hash(state)).get()).data();
  if (
    !session ||
    session.invitePath !== opened.ref.path ||
    session.expiresAt.toMillis() < Date.now()
  ) {
    throw pageError("failed-precondition", opened.locale, "signInInvalid");
  }
  return session;
}

function tokensOf(session: ConnectorSession, sessionId: string): ConnectorTokens {
  if (!session.sealedTokens) throw new Error("The session holds no tokens");
  return openTokens(session.sealedTokens, sessionId);
}

/** "Sign in with …": a fresh state and the platform's consent screen. */
export const startConnection = serve(startConnectionCallable, { secrets }, async (input) => {
  const opened = await resolveInvite(input.token, input.locale);
  const service = pendingService(opened, input.serviceId);
  await assertAccountConnected(opened, service);
  const serviceId = service.serviceId as ServiceId;
  const connector = connectorOrRefuse(opened, serviceId);
  const state = randomBytes(32).toString("base64url");
  await refs.connectorSession(hash(state)).create({
    agencyId: opened.agencyId,
    invitePath: opened.ref.path,
    serviceId,
    connectorId: connector.id,
    stage: "started",
    codeHash: null,
    sealedTokens: null,
    tokenScopes: [],
    tokenExpiresAt: null,
    accounts: [],
    accountId: null,
    createdAt: FieldValue.serverTimestamp(),
    expiresAt: Timestamp.fromMillis(Date.now() + SESSION_LIFETIME_MS),
  });
  return {
    state,
    authorizationUrl: connector.authorizationUrl({
      serviceId,
      state,
      redirectUri: redirectUri(),
    }),
  };
});

/**
 * The platform sent the client back: trade the code for tokens (kept sealed
 * on the session) and list the client's accounts to pick from. Repeating the
 * same callback answers the same accounts.
 */
export const completeConnection = serve(completeConnectionCallable, { secrets }, async (input) => {
  const opened = await resolveInvite(input.token, input.locale);
  const session = await sessionFor(input.state, opened);
  const sessionId = hash(input.state);
  const codeHash = hash(input.code);
  const answer = async (accounts: ConnectorAccount[]) => ({
    serviceId: session.serviceId,
    state: input.state,
    accounts,
    page: await pageModel(opened.agencyId, opened.ref, opened.locale),
  });
  if (session.stage === "authorized" && session.codeHash === codeHash) {
    return answer(session.accounts);
  }
  if (session.stage !== "started") {
    throw pageError("failed-precondition", opened.locale, "signInInvalid");
  }
  pendingService(opened, session.serviceId);
  const connector = connectorOrRefuse(opened, session.serviceId);
  if (connector.id !== session.connectorId) {
    throw pageError("failed-precondition", opened.locale, "signInInvalid");
  }
  let tokens: ConnectorTokens;
  let accounts: ConnectorAccount[];
  try {
    tokens = await connector.exchangeCode({
      serviceId: session.serviceId,
      code: input.code,
      redirectUri: redirectUri(),
    });
    accounts = await connector.listAccounts(tokens, session.serviceId);
  } catch (error) {
    throw providerFailure(error, session.serviceId, opened.locale);
  }
  await db.runTransaction(async (tx) => {
    const ref = refs.connectorSession(sessionId);
    const current = (await tx.get(ref)).data();
    if (current?.stage !== "started") {
      throw pageError("failed-precondition", opened.locale, "signInInvalid");
    }
    tx.update(ref, {
      stage: "authorized",
      codeHash,
      sealedTokens: sealTokens(tokens, sessionId),
      tokenScopes: tokens.scopes,
      tokenExpiresAt: tokens.expiresAt,
      accounts,
    });
  });
  return answer(accounts);
});

/**
 * The client picked an account: grant the agency's receiving account the
 * requested level, check it took effect, then mark the service granted. When
 * the invite asked to retain tokens they move, encrypted, to retainedTokens;
 * otherwise they are dropped.
 */
export const grantService = serve(grantServiceCallable, { secrets }, async (input) => {
  const opened = await resolveInvite(input.token, input.locale);
  const session = await sessionFor(input.state, opened);
  const sessionId = hash(input.state);
  const service = opened.services.find((candidate) => candidate.serviceId === session.serviceId);
  // A repeated click after success answers the page as it is.
  if (
    session.stage === "granted" &&
    session.accountId === input.accountId &&
    service?.status === "granted"
  ) {
    return pageModel(opened.agencyId, opened.ref, opened.locale);
  }
  if (session.stage !== "authorized") {
    throw pageError("failed-precondition", opened.locale, "signInInvalid");
  }
  const stored = pendingService(opened, session.serviceId);
  // Never grant on the platform to an agency account removed since the sign-in started.
  await assertAccountConnected(opened, stored);
  const account = session.accounts.find((candidate) => candidate.id === input.accountId);
  if (!account) {
    throw pageError("invalid-argument", opened.locale, "accountUnavailable", {}, "accountId");
  }
  const connector = connectorOrRefuse(opened, session.serviceId);
  const tokens = tokensOf(session, sessionId);
  const grant: GrantRequest = {
    serviceId: session.serviceId,
    account,
    agencyAccount: {
      kind: stored.connectedAccount.kind ?? "",
      value: stored.connectedAccount.value ?? "",
      label: stored.connectedAccount.label ?? "",
    },
    accessLevel: stored.accessLevel,
  };
  let verified: boolean;
  try {
    await connector.grantAccess(tokens, grant);
    verified = await connector.verifyAccess(tokens, grant);
  } catch (error) {
    throw providerFailure(error, session.serviceId, opened.locale);
  }
  if (!verified) {
    const platform = getPlatform(getService(session.serviceId).platform).name;
    throw pageError("failed-precondition", opened.locale, "grantUnconfirmed", { platform });
  }

  await db.runTransaction(async (tx) => {
    const current = await resolveInvite(input.token, input.locale, tx);
    const sessionRef = refs.connectorSession(sessionId);
    const currentSession = (await tx.get(sessionRef)).data();
    pendingService(current, session.serviceId);
    if (currentSession?.stage !== "authorized") {
      throw pageError("failed-precondition", opened.locale, "signInInvalid");
    }
    const writeProgress = await readInviteProgress(
      tx,
      current.agencyId,
      current.ref.id,
      current.invite,
    );
    const now = Timestamp.now();
    const retain = current.invite.retainTokens === true;
    const change: Partial<StoredService> = {
      status: "granted",
      grantedVia: "connector",
      grantedAccount: { id: account.id, name: account.name },
      skipReason: null,
      verifiedAt: now,
      verifiedBy: null,
      statusChangedAt: now,
    };
    if (retain) {
      const tokenRef = refs.retainedToken(current.agencyId, current.ref.id, session.serviceId);
      const expiresAt = tokens.expiresAt && Timestamp.fromDate(tokens.expiresAt);
      tx.set(tokenRef, {
        agencyId: current.agencyId,
        inviteId: current.ref.id,
        clientId: current.clientId,
        serviceId: session.serviceId,
        platform: getService(session.serviceId).platform,
        connectorId: connector.id,
        accountId: account.id,
        sealed: sealTokens(tokens, tokenRef.id),
        scopes: tokens.scopes,
        expiresAt,
        retainedAt: now,
      });
      change.tokenAccess = {
        platform: getService(session.serviceId).platform,
        scopes: tokens.scopes,
        expiresAt,
        retainedAt: now,
      };
    }
    writeProgress({ services: withService(current.services, session.serviceId, change) });
    // The session keeps no tokens once the grant is done.
    tx.update(sessionRef, { stage: "granted", accountId: account.id, sealedTokens: null });
  });
  return pageModel(opened.agencyId, opened.ref, opened.locale);
});
