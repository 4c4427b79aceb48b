import { GUIDED, level, readOnly } from "./levels";
import type { ServiceSpec } from "./types";

/** Stores, websites, email and CRM tools: the client follows written steps for all of them. */
export const BUSINESS_SERVICES = [
  {
    id: "shopify",
    platform: "shopify",
    name: "Shopify store",
    icon: { monogram: "S", color: "#95bf47" },
    receivingAccountKind: "shopify-partner",
    accessLevels: [
      level(
        "full-permissions",
        "Full permissions",
        "A collaborator account with every permission the store owner can give.",
      ),
      level(
        "limited-permissions",
        "Limited permissions",
        "A collaborator account limited to the areas requested, such as products, orders or the online store.",
      ),
    ],
    defaultAccessLevel: "full-permissions",
    grant: GUIDED,
  },
  {
    id: "wordpress",
    platform: "wordpress",
    name: "WordPress site",
    icon: { monogram: "W", color: "#21759b" },
    receivingAccountKind: "wordpress-user",
    accessLevels: [
      level(
        "administrator",
        "Administrator",
        "Everything on the site, including plugins, themes, settings and users.",
      ),
      level("editor", "Editor", "Publish and manage all posts and pages, including other users'."),
      level("author", "Author", "Publish and manage their own posts and upload media."),
      level("contributor", "Contributor", "Write and edit their own posts; cannot publish them."),
    ],
    defaultAccessLevel: "administrator",
    grant: GUIDED,
  },
  {
    id: "klaviyo",
    platform: "klaviyo",
    name: "Klaviyo",
    icon: { monogram: "K", color: "#232426" },
    receivingAccountKind: "klaviyo-user",
    accessLevels: [
      level(
        "admin",
        "Admin",
        "Full account access, including users, billing and private API keys; cannot close the account.",
      ),
      level(
        "manager",
        "Manager",
        "All core features (campaigns, flows, lists, segments, forms); cannot manage users or export contacts.",
      ),
      level(
        "campaign-coordinator",
        "Campaign Coordinator",
        "Create, schedule and send campaigns and flows; no revenue data.",
      ),
      level(
        "content-creator",
        "Content Creator",
        "Create templates, campaigns and flows; cannot send them or see revenue data.",
      ),
      level("support", "Support", "Look up profiles and manage their subscriptions."),
      readOnly(
        "analyst",
        "Analyst",
        "See analytics, segments and reports; cannot add or change anything.",
      ),
    ],
    defaultAccessLevel: "manager",
    grant: GUIDED,
  },
  {
    id: "hubspot",
    platform: "hubspot",
    name: "HubSpot",
    icon: { monogram: "H", color: "#ff7a59" },
    receivingAccountKind: "hubspot-user",
    accessLevels: [
      level("super-admin", "Super Admin", "Every tool and setting, including users and billing."),
      level(
        "standard-user",
        "Standard User",
        "View and edit CRM records and marketing, sales or service tools as the permission set allows; no account settings.",
      ),
      readOnly(
        "view-only",
        "View-only",
        "See records, reports and dashboards; cannot edit anything.",
      ),
    ],
    defaultAccessLevel: "standard-user",
    grant: GUIDED,
  },
  {
    id: "mailchimp",
    platform: "mailchimp",
    name: "Mailchimp",
    icon: { monogram: "M", color: "#ffe01b" },
    receivingAccountKind: "mailchimp-user",
    accessLevels: [
      level(
        "admin",
        "Admin",
        "Everything except closing the account or changing its owner, including billing and users.",
      ),
      level(
        "manager",
        "Manager",
        "Create and send campaigns, manage audiences and see reports; no billing or users.",
      ),
      level("author", "Author", "Create and edit campaigns and templates; cannot send them."),
      readOnly("viewer", "Viewer", "See campaigns and reports; cannot change anything."),
    ],
    defaultAccessLevel: "manager",
    grant: GUIDED,
  },
] as const satisfies readonly ServiceSpec[];
