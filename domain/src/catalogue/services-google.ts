import { GUIDED, level, notificationsOnly, OAUTH, readOnly } from "./levels";
import type { ServiceSpec } from "./types";

export const GOOGLE_SERVICES = [
  {
    id: "google-ads",
    platform: "google",
    name: "Google Ads",
    icon: { monogram: "Ad", color: "#4285f4" },
    receivingAccountKind: "google-ads-manager",
    accessLevels: [
      level(
        "admin",
        "Admin",
        "Full access, including managing users, linked accounts and account settings.",
      ),
      level(
        "standard",
        "Standard",
        "View and edit everything, including campaigns, budgets and billing, but not manage users.",
      ),
      readOnly(
        "read-only",
        "Read only",
        "View campaigns, reports and settings without changing anything.",
      ),
      notificationsOnly(
        "email-only",
        "Email only",
        "Receives notification emails and scheduled reports; cannot sign in to the account.",
      ),
    ],
    defaultAccessLevel: "standard",
    grant: OAUTH,
  },
  {
    id: "google-analytics-4",
    platform: "google",
    name: "Google Analytics 4",
    icon: { monogram: "GA", color: "#e37400" },
    receivingAccountKind: "google-account",
    accessLevels: [
      level(
        "administrator",
        "Administrator",
        "Full control of the property, including managing users and product links.",
      ),
      level(
        "editor",
        "Editor",
        "Edit the property's settings, data streams and events; cannot manage users.",
      ),
      level(
        "marketer",
        "Marketer",
        "Everything an Analyst can do, plus edit audiences, key events, attribution models and lookback windows.",
      ),
      level(
        "analyst",
        "Analyst",
        "Create, edit and share explorations, comparisons and annotations. Not read-only: these are shared assets in the property, though its settings stay untouched.",
      ),
      readOnly(
        "viewer",
        "Viewer",
        "See reports and settings and build private explorations; cannot change anything in the property.",
      ),
    ],
    defaultAccessLevel: "editor",
    grant: OAUTH,
  },
  {
    id: "google-tag-manager",
    platform: "google",
    name: "Google Tag Manager",
    icon: { monogram: "TM", color: "#246fdb" },
    receivingAccountKind: "google-account",
    accessLevels: [
      level("publish", "Publish", "Create, edit, approve and publish container versions."),
      level(
        "approve",
        "Approve",
        "Create and approve container versions and workspaces; cannot publish.",
      ),
      level(
        "edit",
        "Edit",
        "Create workspaces and edit tags, triggers and variables; cannot create versions or publish.",
      ),
      readOnly("read", "Read", "See the container's tags, triggers and variables; cannot edit."),
    ],
    defaultAccessLevel: "publish",
    grant: OAUTH,
  },
  {
    id: "google-search-console",
    platform: "google",
    name: "Google Search Console",
    icon: { monogram: "SC", color: "#458cf5" },
    receivingAccountKind: "google-account",
    accessLevels: [
      level(
        "owner",
        "Owner",
        "Delegated owner: full control of the property, including users and settings.",
      ),
      level(
        "full",
        "Full",
        "View all data and take some actions, such as submitting sitemaps and requesting indexing.",
      ),
      readOnly("restricted", "Restricted", "View most data; cannot take any action."),
    ],
    defaultAccessLevel: "full",
    // The Search Console API cannot add users, so the client always follows the steps.
    grant: GUIDED,
  },
  {
    id: "google-business-profile",
    platform: "google",
    name: "Google Business Profile",
    icon: { monogram: "BP", color: "#34a853" },
    receivingAccountKind: "google-account",
    accessLevels: [
      level(
        "owner",
        "Owner",
        "Manage everything, including adding and removing people; cannot remove the primary owner.",
      ),
      level(
        "manager",
        "Manager",
        "Edit the profile, reply to reviews and post updates; cannot manage people or remove the profile.",
      ),
    ],
    defaultAccessLevel: "manager",
    grant: OAUTH,
  },
  {
    id: "google-merchant-center",
    platform: "google",
    name: "Google Merchant Center",
    icon: { monogram: "MC", color: "#1a73e8" },
    receivingAccountKind: "google-account",
    accessLevels: [
      level(
        "admin",
        "Admin",
        "Everything, including managing people, apps, shops and linked accounts.",
      ),
      level(
        "standard",
        "Standard",
        "Edit products, feeds and account settings; cannot manage people, apps or shops.",
      ),
      level(
        "performance-and-insights",
        "Performance and insights",
        "Read every report and create, edit and delete custom reports; no access to products or settings.",
      ),
      readOnly(
        "read-only",
        "Read only",
        "See everything a Standard user sees; cannot change settings or product data.",
      ),
      notificationsOnly(
        "email-only",
        "Email only",
        "Receives the account's emails; cannot open the account.",
      ),
    ],
    defaultAccessLevel: "standard",
    grant: OAUTH,
  },
  {
    id: "youtube",
    platform: "google",
    name: "YouTube",
    icon: { monogram: "YT", color: "#ff0000" },
    receivingAccountKind: "google-account",
    accessLevels: [
      level(
        "manager",
        "Manager",
        "Everything except deleting the channel: manage permissions and channel details, upload, publish and delete content.",
      ),
      level(
        "editor",
        "Editor",
        "Edit everything, upload and publish content and manage live streams; cannot delete the channel or published content, or manage permissions.",
      ),
      level("editor-limited", "Editor (limited)", "Like Editor, without access to revenue data."),
      level(
        "subtitle-editor",
        "Subtitle editor",
        "Add, edit, publish and delete subtitles only; no revenue data.",
      ),
      readOnly(
        "viewer",
        "Viewer",
        "See all channel data, revenue included, without changing anything.",
      ),
      readOnly(
        "viewer-limited",
        "Viewer (limited)",
        "See channel data except revenue, without changing anything.",
      ),
    ],
    defaultAccessLevel: "editor",
    // YouTube has no API for channel permissions: invitations are sent in YouTube Studio.
    grant: GUIDED,
  },
  {
    id: "google-looker-studio",
    platform: "google",
    name: "Looker Studio report",
    icon: { monogram: "LS", color: "#4285f4" },
    receivingAccountKind: "google-account",
    accessLevels: [
      level(
        "editor",
        "Editor",
        "Can edit: change the report's pages and charts and share it further, unless the owner turned that off.",
      ),
      readOnly(
        "viewer",
        "Viewer",
        "Can view: read the report and use its filters and date ranges; cannot change it.",
      ),
    ],
    defaultAccessLevel: "editor",
    grant: GUIDED,
  },
] as const satisfies readonly ServiceSpec[];
