import { level, OAUTH, readOnly } from "./levels";
import type { AccessLevel, ServiceSpec } from "./types";

/**
 * Meta shares assets with a partner business (the agency's Business ID) by
 * task: "Full control" or partial access to chosen tasks. Each task is a level.
 */
function socialAssetLevels(messages: string): readonly AccessLevel[] {
  return [
    level(
      "full-control",
      "Full control",
      "Everything except sensitive actions, which stay with you: content, messages, comments, ads, insights and giving access to others.",
    ),
    level("content", "Content", "Create, manage and delete posts, stories and other content."),
    level("messages", messages, "Send and reply to messages as the account."),
    level(
      "community-activity",
      "Community activity",
      "Review and reply to comments, remove unwanted content and report activity.",
    ),
    level("ads", "Ads", "Create, manage and delete ads for the account."),
    readOnly(
      "insights",
      "Insights",
      "See how the account, its content and its ads perform; cannot change anything.",
    ),
  ];
}

export const META_SERVICES = [
  {
    id: "meta-ad-account",
    platform: "meta",
    name: "Meta ad account",
    icon: { monogram: "Ad", color: "#0081fb" },
    receivingAccountKind: "meta-business",
    accessLevels: [
      level(
        "manage-ad-account",
        "Manage ad account",
        "Full control (formerly Admin): campaigns, reports, billing, settings and who has access.",
      ),
      level(
        "manage-campaigns",
        "Manage campaigns",
        "Create, edit and publish ads and see reports (formerly Advertiser); no billing or settings.",
      ),
      readOnly(
        "view-performance",
        "View performance",
        "See ads and reports (formerly Analyst); cannot change anything.",
      ),
    ],
    defaultAccessLevel: "manage-campaigns",
    grant: OAUTH,
  },
  {
    id: "facebook-page",
    platform: "meta",
    name: "Facebook Page",
    icon: { monogram: "f", color: "#0866ff" },
    receivingAccountKind: "meta-business",
    accessLevels: socialAssetLevels("Messages and calls"),
    defaultAccessLevel: "full-control",
    grant: OAUTH,
  },
  {
    id: "instagram",
    platform: "meta",
    name: "Instagram account",
    icon: { monogram: "IG", color: "#e4405f" },
    receivingAccountKind: "meta-business",
    accessLevels: socialAssetLevels("Messages"),
    defaultAccessLevel: "full-control",
    grant: OAUTH,
  },
  {
    id: "meta-dataset",
    platform: "meta",
    name: "Meta Pixel / Dataset",
    icon: { monogram: "Px", color: "#0081fb" },
    receivingAccountKind: "meta-business",
    accessLevels: [
      level(
        "manage-dataset",
        "Manage dataset",
        "Full control: edit the dataset's settings, events, connections and who has access.",
      ),
      readOnly(
        "use-dataset",
        "Use dataset",
        "See the dataset's events and use it for ads and reports; cannot change the dataset itself.",
      ),
    ],
    defaultAccessLevel: "manage-dataset",
    grant: OAUTH,
  },
  {
    id: "meta-catalog",
    platform: "meta",
    name: "Meta catalog",
    icon: { monogram: "Ca", color: "#0081fb" },
    receivingAccountKind: "meta-business",
    accessLevels: [
      level(
        "manage-catalog",
        "Manage catalog",
        "Full control: edit products, data feeds, sets and settings.",
      ),
      readOnly(
        "advertise",
        "Advertise",
        "See the products and use the catalog in ads; cannot change the catalog itself.",
      ),
    ],
    defaultAccessLevel: "manage-catalog",
    grant: OAUTH,
  },
] as const satisfies readonly ServiceSpec[];
