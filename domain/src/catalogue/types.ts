import type { PlatformId } from "./platforms";
import type { ReceivingAccountKindId } from "./receiving-accounts";

/** A role or permission the platform itself offers, under its real name. */
export interface AccessLevel {
  id: string;
  /** The platform's own name for it, e.g. "Read only". */
  label: string;
  /** True when the level cannot change anything in the client's account. */
  readOnly: boolean;
  description: string;
  /**
   * The person only receives the platform's emails and cannot open the account
   * (Google Ads "Email only"). Read-only, but never the default for a Prospect.
   */
  notificationsOnly?: boolean;
}

/**
 * How the client grants access: `oauth`, they sign in with the platform and pick
 * the account; `guided`, they follow written steps in the platform's own screens.
 */
export type GrantMethod = { method: "oauth" } | { method: "guided" };

/** The shape each service is written in; `ServiceDefinition` narrows `id` to the known ids. */
export interface ServiceSpec {
  id: string;
  platform: PlatformId;
  name: string;
  icon: { monogram: string; color: string };
  receivingAccountKind: ReceivingAccountKindId;
  /** Ordered from most to least privileged. */
  accessLevels: readonly AccessLevel[];
  /** The level requested for a Client unless the agency picks another. */
  defaultAccessLevel: string;
  grant: GrantMethod;
}
