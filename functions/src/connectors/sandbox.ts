import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getPlatform } from "@portico/domain/catalogue/platforms";
import { getService, isServiceId, type ServiceId } from "@portico/domain/catalogue/services";
import { type Connector, type ConnectorAccount, ConnectorError } from "./connector";

/**
 * The sandbox connector: every sign-in service, played locally. Its consent
 * screen is the sandboxProvider function; the code it hands back is signed so
 * the exchange needs no storage. Only ever on where SANDBOX_CONNECTORS is set.
 */

/** Local-only signing key: the sandbox never runs where real accounts are at stake. */
const SANDBOX_SIGNING_KEY = "portico-sandbox-connector";
const CODE_LIFETIME_MS = 10 * 60 * 1000;

interface SandboxCode {
  serviceId: string;
  state: string;
  expiresAt: number;
}

function sign(payload: string): string {
  return createHmac("sha256", SANDBOX_SIGNING_KEY).update(payload).digest("base64url");
}

/** The code the consent screen returns for an approved sign-in. */
export function sandboxCode(serviceId: string, state: string, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ serviceId, state, expiresAt: now + CODE_LIFETIME_MS } satisfies SandboxCode),
  ).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

function readSandboxCode(code: string): SandboxCode | null {
  const [payload, signature] = code.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as SandboxCode;
  } catch {
    return null;
  }
}

/** Sample accounts per service: two businesses the sandbox user manages. */
function sandboxAccounts(serviceId: ServiceId): ConnectorAccount[] {
  const service = getService(serviceId);
  return [
    { id: `sbx-${serviceId}-1`, name: "Sandbox Bakery", detail: `${service.name} · 100-200-3001` },
    {
      id: `sbx-${serviceId}-2`,
      name: "Sandbox Bakery Outlet",
      detail: `${service.name} · 100-200-3002`,
    },
  ];
}

export function sandboxConnector(consentUrl: string): Connector {
  return {
    id: "sandbox",
    supports: (serviceId) => getService(serviceId).grant.method === "oauth",
    authorizationUrl({ serviceId, state, redirectUri }) {
      const url = new URL(`${consentUrl}/authorize`);
      url.searchParams.set("service", serviceId);
      url.searchParams.set("state", state);
      url.searchParams.set("redirect_uri", redirectUri);
      return url.toString();
    },
    async exchangeCode({ serviceId, code }) {
      const parsed = readSandboxCode(code);
      if (!parsed || parsed.serviceId !== serviceId || parsed.expiresAt < Date.now()) {
        throw new ConnectorError("The sign-in was refused. Start again.", "refused");
      }
      const platform = getPlatform(getService(serviceId).platform);
      return {
        accessToken: `sandbox-access-${randomBytes(18).toString("base64url")}`,
        refreshToken: `sandbox-refresh-${randomBytes(18).toString("base64url")}`,
        scopes: [`${platform.id}.${serviceId}.manage-users`],
        expiresAt: new Date(Date.now() + 60 * 60 * 1000),
      };
    },
    async listAccounts(_tokens, serviceId) {
      return sandboxAccounts(serviceId);
    },
    async grantAccess(_tokens, request) {
      if (
        !sandboxAccounts(request.serviceId).some((account) => account.id === request.account.id)
      ) {
        throw new ConnectorError("That account is not available to this sign-in.", "refused");
      }
    },
    async verifyAccess(_tokens, request) {
      return sandboxAccounts(request.serviceId).some(
        (account) => account.id === request.account.id,
      );
    },
  };
}

export function isSandboxService(value: unknown): value is ServiceId {
  return isServiceId(value) && getService(value).grant.method === "oauth";
}
