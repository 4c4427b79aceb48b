import { GUIDED, level, OAUTH, readOnly } from "./levels";
import type { ServiceSpec } from "./types";

/** Advertising and social platforms other than Google and Meta. */
export const ADS_SERVICES = [
  {
    id: "tiktok-ads",
    platform: "tiktok",
    name: "TikTok Ads",
    icon: { monogram: "TT", color: "#fe2c55" },
    receivingAccountKind: "tiktok-business-center",
    accessLevels: [
      level(
        "admin",
        "Admin",
        "Manage account settings, finances, campaigns and reports, and who has access.",
      ),
      level("operator", "Operator", "Create and manage campaigns and see their performance."),
      readOnly(
        "analyst",
        "Analyst",
        "See campaigns and all performance data; cannot change anything.",
      ),
    ],
    defaultAccessLevel: "operator",
    grant: OAUTH,
  },
  {
    id: "linkedin-page",
    platform: "linkedin",
    name: "LinkedIn Page",
    icon: { monogram: "in", color: "#0a66c2" },
    receivingAccountKind: "linkedin-member",
    accessLevels: [
      level(
        "super-admin",
        "Super admin",
        "Everything, including editing the Page, managing admins and deactivating the Page.",
      ),
      level(
        "content-admin",
        "Content admin",
        "Post and manage updates, events and jobs as the Page and edit its details; cannot manage admins.",
      ),
      level(
        "sponsored-content-poster",
        "Sponsored Content poster",
        "Create Sponsored Content on the Page's behalf in a LinkedIn ad account; no Page admin view.",
      ),
      level(
        "curator",
        "Curator",
        "Create recommended content for employees and see the Page's analytics.",
      ),
      readOnly("analyst", "Analyst", "See the Page's analytics; cannot post or edit anything."),
    ],
    defaultAccessLevel: "content-admin",
    grant: OAUTH,
  },
  {
    id: "linkedin-ads",
    platform: "linkedin",
    name: "LinkedIn Ads",
    icon: { monogram: "in", color: "#004182" },
    receivingAccountKind: "linkedin-member",
    accessLevels: [
      level(
        "account-manager",
        "Account manager",
        "Create and edit campaigns and ads, manage user access and edit account details.",
      ),
      level(
        "campaign-manager",
        "Campaign manager",
        "Create and edit campaigns and ads and see reports; cannot manage users.",
      ),
      level(
        "creative-manager",
        "Creative manager",
        "Create and edit ads and see reports; cannot create or edit campaigns.",
      ),
      readOnly(
        "viewer",
        "Viewer",
        "See campaign data and reports; cannot create or edit anything.",
      ),
    ],
    defaultAccessLevel: "campaign-manager",
    grant: OAUTH,
  },
  {
    id: "microsoft-advertising",
    platform: "microsoft",
    name: "Microsoft Advertising",
    icon: { monogram: "MA", color: "#00a4ef" },
    receivingAccountKind: "microsoft-account",
    accessLevels: [
      level(
        "super-admin",
        "Super Admin",
        "Full permissions: billing and payment methods, account details, users and campaigns.",
      ),
      level(
        "standard-user",
        "Standard User",
        "Manage campaigns and some billing tasks, and add non-admin users; cannot change payment methods.",
      ),
      level(
        "advertiser-campaign-manager",
        "Advertiser Campaign Manager",
        "Manage campaigns and run reports; no billing or user management.",
      ),
      readOnly("viewer", "Viewer", "See campaigns and run reports; cannot change anything."),
    ],
    defaultAccessLevel: "standard-user",
    grant: OAUTH,
  },
  {
    id: "bing-webmaster-tools",
    platform: "microsoft",
    name: "Bing Webmaster Tools",
    icon: { monogram: "BW", color: "#008373" },
    receivingAccountKind: "microsoft-account",
    accessLevels: [
      level(
        "administrator",
        "Administrator",
        "Everything, including adding and removing users for the site.",
      ),
      level(
        "read-write",
        "Read/Write",
        "See all data and change the site's settings, such as submitting sitemaps and URLs.",
      ),
      readOnly("read-only", "Read only", "See the site's data; cannot change anything."),
    ],
    defaultAccessLevel: "read-write",
    grant: GUIDED,
  },
  {
    id: "pinterest-ads",
    platform: "pinterest",
    name: "Pinterest Ads",
    icon: { monogram: "P", color: "#e60023" },
    receivingAccountKind: "pinterest-business",
    accessLevels: [
      level(
        "admin",
        "Admin",
        "Everything in the ad account, as if the owner, including billing and audiences.",
      ),
      level("campaign", "Campaign", "Create, edit and manage every part of the ad campaigns."),
      level("audience", "Audience", "Create and edit audiences and see Pinterest tag information."),
      level("catalogs", "Catalogs", "Create and manage data sources and product groups."),
      level("finance", "Finance", "Full access to the ad account's billing."),
      readOnly(
        "analyst",
        "Analyst",
        "See everything except billing and business settings; cannot change anything.",
      ),
    ],
    defaultAccessLevel: "campaign",
    grant: OAUTH,
  },
  {
    id: "snapchat-ads",
    platform: "snapchat",
    name: "Snapchat Ads",
    icon: { monogram: "S", color: "#fffc00" },
    receivingAccountKind: "snapchat-member",
    accessLevels: [
      level(
        "account-admin",
        "Account Admin",
        "Everything in the ad account: campaigns, creatives, audiences, Snap Pixel and members.",
      ),
      level(
        "campaign-manager",
        "Campaign Manager",
        "Create and manage campaigns, ads and creatives and see reports.",
      ),
      level("audience-manager", "Audience Manager", "Create and manage audiences."),
      level(
        "creative-manager",
        "Creative Manager",
        "Upload and manage creatives and media; cannot manage campaigns.",
      ),
      readOnly("reports", "Reports", "See the ad account's reports; cannot change anything."),
    ],
    defaultAccessLevel: "campaign-manager",
    grant: OAUTH,
  },
  {
    id: "x-ads",
    platform: "x",
    name: "X Ads",
    icon: { monogram: "X", color: "#000000" },
    receivingAccountKind: "x-handle",
    accessLevels: [
      level(
        "account-administrator",
        "Account administrator",
        "Full access to campaigns and statistics, including adding or removing users and changing settings.",
      ),
      level(
        "ad-manager",
        "Ad manager",
        "Full access to campaigns and statistics; cannot manage users or change settings.",
      ),
      level(
        "creative-manager",
        "Creative manager",
        "Edit creatives and see previews; cannot create or change campaigns.",
      ),
      readOnly(
        "campaign-analyst",
        "Campaign analyst",
        "See campaigns and statistics; cannot create or change anything.",
      ),
    ],
    defaultAccessLevel: "ad-manager",
    grant: OAUTH,
  },
  {
    id: "reddit-ads",
    platform: "reddit",
    name: "Reddit Ads",
    icon: { monogram: "R", color: "#ff4500" },
    receivingAccountKind: "reddit-member",
    accessLevels: [
      level("admin", "Admin", "Everything in the ad account, including members and billing."),
      level(
        "advertiser",
        "Advertiser",
        "Create and manage campaigns, ads and creatives and see reports; no members or billing.",
      ),
      readOnly(
        "analyst",
        "Analyst",
        "See campaign performance and reports; cannot create or change anything.",
      ),
    ],
    defaultAccessLevel: "advertiser",
    grant: GUIDED,
  },
  {
    id: "amazon-ads",
    platform: "amazon",
    name: "Amazon Ads",
    icon: { monogram: "a", color: "#ff9900" },
    receivingAccountKind: "amazon-ads-user",
    accessLevels: [
      level(
        "admin",
        "Admin",
        "Everything, including inviting and removing users and changing payment settings.",
      ),
      level(
        "editor",
        "Editor",
        "Create and manage campaigns and reports; cannot manage users or payments.",
      ),
      readOnly("viewer", "Viewer", "See campaigns and reports; cannot change anything."),
    ],
    defaultAccessLevel: "editor",
    grant: GUIDED,
  },
] as const satisfies readonly ServiceSpec[];
