import { defineSecret, defineString } from "firebase-functions/params";
import type { Connector } from "./connector";
import { googleConnector } from "./google";
import { metaConnector } from "./meta";

/**
 * The real providers' credentials. A provider is offered only when both its client
 * id and its secret are set, so a project without them runs on the sandbox alone.
 * Set the ids in `functions/.env.<project>` and the secrets with
 * `firebase functions:secrets:set`.
 */
const GOOGLE_OAUTH_CLIENT_ID = defineString("GOOGLE_OAUTH_CLIENT_ID", {
  default: "",
  description: "OAuth client ID of the Google Cloud project used for 'Sign in with Google'",
});
const GOOGLE_OAUTH_CLIENT_SECRET = defineSecret("GOOGLE_OAUTH_CLIENT_SECRET");
const GOOGLE_ADS_DEVELOPER_TOKEN = defineString("GOOGLE_ADS_DEVELOPER_TOKEN", {
  default: "",
  description: "Google Ads API developer token; without it Google Ads uses the guided steps",
});
const META_APP_ID = defineString("META_APP_ID", {
  default: "",
  description: "Meta app ID used for Facebook Login",
});
const META_APP_SECRET = defineSecret("META_APP_SECRET");

/** List these in a function's `secrets:` so it can read them at run time. */
export const PROVIDER_SECRETS = [GOOGLE_OAUTH_CLIENT_SECRET, META_APP_SECRET];

/** The configured real providers. Reads params, so call it inside a function, never at load. */
export function providerConnectors(): Connector[] {
  const connectors: Connector[] = [];
  const googleClientId = GOOGLE_OAUTH_CLIENT_ID.value();
  // The secret is read only when its id is set: reading an absent secret logs a warning.
  const googleSecret = googleClientId ? GOOGLE_OAUTH_CLIENT_SECRET.value() : "";
  if (googleClientId && googleSecret) {
    connectors.push(
      googleConnector({
        clientId: googleClientId,
        clientSecret: googleSecret,
        developerToken: GOOGLE_ADS_DEVELOPER_TOKEN.value(),
      }),
    );
  }
  const metaAppId = META_APP_ID.value();
  const metaSecret = metaAppId ? META_APP_SECRET.value() : "";
  if (metaAppId && metaSecret) {
    connectors.push(metaConnector({ appId: metaAppId, appSecret: metaSecret }));
  }
  return connectors;
}
