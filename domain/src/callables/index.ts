import { accountCallables } from "./account";
import { agentCallables } from "./agent";
import { apiKeyCallables } from "./api-keys";
import { billingCallables } from "./billing";
import { clientCallables } from "./clients";
import type { AnyCallableContract } from "./define";
import { digestCallables } from "./digest";
import { invitePageCallables } from "./invite-page";
import { inviteCallables } from "./invites";
import { onboardingPageCallables } from "./onboarding-pages";
import { portalCallables } from "./portal";
import { settingsCallables } from "./settings";
import { teamCallables } from "./team";
import { voiceCallables } from "./voice";
import { webhookCallables } from "./webhooks";

/**
 * Every callable Portico serves, by name: functions/src/index.ts must export
 * exactly these (checked by `npm run typecheck` and the bundle check).
 * Import an area's file for one contract; this record loads them all.
 */
export const callables = {
  ...accountCallables,
  ...teamCallables,
  ...settingsCallables,
  ...clientCallables,
  ...inviteCallables,
  ...portalCallables,
  ...invitePageCallables,
  ...voiceCallables,
  ...billingCallables,
  ...digestCallables,
  ...agentCallables,
  // The REST API's keys (issue 19, part A).
  ...apiKeyCallables,
  ...webhookCallables,
  ...onboardingPageCallables,
};
export type Callables = typeof callables;
export type CallableName = keyof Callables;

// Each entry sits under its own name (a mismatch names the entry here).
type Misnamed = {
  [Name in CallableName]: Callables[Name]["name"] extends Name ? never : Name;
}[CallableName];
const everyEntryUnderItsName: [Misnamed] extends [never] ? true : Misnamed = true;
void everyEntryUnderItsName;

export const callableList: readonly AnyCallableContract[] = Object.values(callables);
