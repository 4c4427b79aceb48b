import type { Connector, ConnectorTokens } from "../connector";
import { googleConnector } from "../google";
import { type FakeProvider, startFakeProvider } from "../testing/fakeProvider";

/** For the Google connector's tests: a fake of Google's endpoints and a connector pointed at it. */

export const NOW = new Date("2025-03-01T10:00:00Z");
export const REDIRECT = "https://portico.example/access/callback";

export const TOKENS: ConnectorTokens = {
  accessToken: "access-1",
  refreshToken: "refresh-1",
  scopes: [],
  expiresAt: null,
};

export function startFakeGoogle(): {
  fake: FakeProvider;
  connector: (developerToken?: string) => Connector;
} {
  const fake = startFakeProvider({
    status: 404,
    json: { error: { code: 404, status: "NOT_FOUND" } },
  });
  const connector = (developerToken = "dev-token-1") =>
    googleConnector({
      clientId: "client-id-1.apps.googleusercontent.com",
      clientSecret: "client-secret-1",
      developerToken,
      adsApiVersion: "v99",
      now: () => NOW,
      endpoints: {
        authorize: `${fake.origin}/o/oauth2/v2/auth`,
        token: `${fake.origin}/token`,
        ads: `${fake.origin}/ads`,
        analyticsAdmin: `${fake.origin}/ga`,
        tagManager: `${fake.origin}/gtm`,
      },
    });
  return { fake, connector };
}
