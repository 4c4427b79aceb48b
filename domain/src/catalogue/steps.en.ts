import type { ServiceId } from "./services";

/**
 * English guided steps per service: the source every other language mirrors.
 * `{{agencyAccount}}` is the agency's receiving account, `{{accessLevel}}` the
 * requested level's label.
 */
export const STEPS_EN = {
  "google-ads": [
    "Sign in to Google Ads (ads.google.com) and open the account you want to share.",
    "Click Admin, then Access and security, and open the Managers tab.",
    "Click +, enter the manager account ID {{agencyAccount}} and send the link request.",
    "The agency asked for {{accessLevel}} access. Once it accepts, it is listed under Managers, where you can unlink it at any time.",
  ],
  "google-analytics-4": [
    "Sign in to Google Analytics (analytics.google.com) and select the property you want to share.",
    "Click Admin (the gear at the bottom left), then Property access management.",
    "Click + and choose Add users.",
    "Enter {{agencyAccount}}, choose the {{accessLevel}} role and keep Notify new users by email ticked.",
    "Click Add.",
  ],
  "google-tag-manager": [
    "Sign in to Google Tag Manager (tagmanager.google.com) and find the account that holds your container.",
    "Open the Admin tab and click User Management under the account.",
    "Click + and choose Add users.",
    "Enter {{agencyAccount}}, keep the account permission User and give your container the {{accessLevel}} permission.",
    "Click Invite.",
  ],
  "google-search-console": [
    "Sign in to Google Search Console (search.google.com/search-console) and select your website's property.",
    "Click Settings, then Users and permissions.",
    "Click Add user and enter {{agencyAccount}}.",
    "Choose the {{accessLevel}} permission and click Add. For Owner, add the user with Full permission first, then choose Make owner in the ⋮ menu next to them.",
  ],
  "google-business-profile": [
    "Sign in with the Google account that manages your Business Profile and search Google for your business name, or open business.google.com.",
    "In your profile, open the ⋮ menu and choose Business Profile settings.",
    "Click People and access, then Add.",
    "Enter {{agencyAccount}}, choose {{accessLevel}} as the access and click Invite.",
  ],
  "google-merchant-center": [
    "Sign in to Google Merchant Center (merchants.google.com) and open your account.",
    "Click the gear (Settings and tools) and choose People and access.",
    "Click Add person and enter {{agencyAccount}}.",
    "Choose the {{accessLevel}} access level and save.",
  ],
  youtube: [
    "Sign in to YouTube Studio (studio.youtube.com) with the channel's owner account.",
    "Click Settings at the bottom left, then Permissions. If YouTube says permissions are managed in a Brand Account, follow its prompt to move them to YouTube Studio first.",
    "Click Invite and enter {{agencyAccount}}.",
    "Under Access, choose {{accessLevel}}, then click Done and Save.",
  ],
  "google-looker-studio": [
    "Open Looker Studio (lookerstudio.google.com) and open the report you want to share.",
    "Click Share at the top right.",
    "Under Invite people, enter {{agencyAccount}} and give {{accessLevel}} access (Can edit for Editor, Can view for Viewer).",
    "Click Send. The report's data sources keep their own sharing: share them the same way if the agency should edit them.",
  ],
  "meta-ad-account": [
    "Sign in to Meta Business Suite (business.facebook.com) and open Settings for the business portfolio that owns the ad account.",
    "Under Users, click Partners, then Add, and choose Give a partner access to your assets.",
    "Enter the partner Business ID {{agencyAccount}} and click Next.",
    "Choose Ad accounts, select the ad account and give {{accessLevel}} access.",
    "Click Save changes.",
  ],
  "facebook-page": [
    "Sign in to Meta Business Suite (business.facebook.com) and open Settings for the business portfolio that owns the Page.",
    "Under Users, click Partners, then Add, and choose Give a partner access to your assets.",
    "Enter the partner Business ID {{agencyAccount}} and click Next.",
    "Choose Pages, select your Page and give {{accessLevel}} access.",
    "Click Save changes.",
  ],
  instagram: [
    "Sign in to Meta Business Suite (business.facebook.com) and open Settings for your business portfolio. Your Instagram professional account must be listed under Accounts → Instagram accounts.",
    "Under Users, click Partners, then Add, and choose Give a partner access to your assets.",
    "Enter the partner Business ID {{agencyAccount}} and click Next.",
    "Choose Instagram accounts, select your account and give {{accessLevel}} access.",
    "Click Save changes.",
  ],
  "meta-dataset": [
    "Sign in to Meta Business Suite (business.facebook.com) and open Settings for the business portfolio that owns the Pixel or dataset.",
    "Under Users, click Partners, then Add, and choose Give a partner access to your assets.",
    "Enter the partner Business ID {{agencyAccount}} and click Next.",
    "Choose Datasets, select your Pixel or dataset and give {{accessLevel}} access.",
    "Click Save changes.",
  ],
  "meta-catalog": [
    "Sign in to Meta Business Suite (business.facebook.com) and open Settings for the business portfolio that owns the catalog.",
    "Under Users, click Partners, then Add, and choose Give a partner access to your assets.",
    "Enter the partner Business ID {{agencyAccount}} and click Next.",
    "Choose Catalogs, select your catalog and give {{accessLevel}} access.",
    "Click Save changes.",
  ],
  "tiktok-ads": [
    "Sign in to TikTok Business Center (business.tiktok.com) with the business that owns the ad account.",
    "Open Users, then Partners, and click Add partner.",
    "Enter the Business Center ID {{agencyAccount}} and click Next.",
    "Choose Ad accounts, select the ad account and give the {{accessLevel}} permission.",
    "Click Confirm.",
  ],
  "linkedin-page": [
    "Sign in to LinkedIn and open your Page's admin view (Me → your Page under Manage).",
    "Click Settings, then Manage admins.",
    "Click Add admin and search for the agency's member at {{agencyAccount}}.",
    "Choose the {{accessLevel}} role and click Save.",
  ],
  "linkedin-ads": [
    "Sign in to LinkedIn Campaign Manager (linkedin.com/campaignmanager) and open the ad account.",
    "Click Account settings in the left menu, then Manage access.",
    "Click Add user to account and paste the profile URL {{agencyAccount}}.",
    "Choose the {{accessLevel}} role and save.",
  ],
  "microsoft-advertising": [
    "Sign in to Microsoft Advertising (ads.microsoft.com) as a Super Admin.",
    "Open Settings (the gear), then User management. On the older interface it is Account access.",
    "Click Invite user and enter {{agencyAccount}}.",
    "Choose the {{accessLevel}} role, select the accounts to share and click Send.",
  ],
  "bing-webmaster-tools": [
    "Sign in to Bing Webmaster Tools (bing.com/webmasters) and select your site.",
    "Open Settings, then User management.",
    "Click Add user and enter {{agencyAccount}}.",
    "Choose the {{accessLevel}} role and click Add.",
  ],
  "pinterest-ads": [
    "Sign in to Pinterest with your business account and open Business Manager from the menu.",
    "Click Partners in the left menu, then Add partner.",
    "Enter the partner's Business ID {{agencyAccount}} and choose to give the partner access to your assets.",
    "Select the ad account and give the {{accessLevel}} permission.",
    "Click Assign to confirm.",
  ],
  "snapchat-ads": [
    "Sign in to Snapchat Ads Manager (ads.snapchat.com) and open Members from the menu.",
    "Click Invite Member, enter the agency's name and the email {{agencyAccount}}, and keep the Member organization role.",
    "Select the ad account and choose the {{accessLevel}} role.",
    "Send the invitation.",
  ],
  "x-ads": [
    "Sign in to X Ads (ads.x.com) with the account that owns the ad account.",
    "Click the ad account name at the top right and choose Edit access to account.",
    "Click Add access and enter {{agencyAccount}}.",
    "Choose {{accessLevel}} (tick Organic Tweeting only if the agency should post from your account) and click Save changes.",
  ],
  "reddit-ads": [
    "Sign in to Reddit Ads (ads.reddit.com) and open the members page of your business (Business → Members).",
    "Click Invite new members and enter {{agencyAccount}}.",
    "Choose the business role Member and click Next.",
    "Select your ad account, give the {{accessLevel}} role and send the invitation.",
  ],
  "amazon-ads": [
    "Sign in to the Amazon Ads console (advertising.amazon.com) and choose the advertising account.",
    "Open Administration → Access and settings (User management) and click Invite user.",
    "Enter the agency's name and the email {{agencyAccount}}, and choose {{accessLevel}} access.",
    "Send the invitation.",
  ],
  shopify: [
    "In your Shopify admin, go to Settings → Users.",
    "If your store requires a collaborator request code, open Security, copy the 4-digit code and send it to the agency.",
    "The agency's Partner organization ({{agencyAccount}}) sends you a collaborator request; you also get an email about it.",
    "Under Collaborators, open the request, check the permissions ({{accessLevel}}) and click Accept request.",
  ],
  wordpress: [
    "Sign in to your WordPress dashboard (your-site/wp-admin) as an Administrator.",
    "Go to Users → Add New User.",
    "Enter a username for the agency and the email {{agencyAccount}}.",
    "Choose the {{accessLevel}} role, keep Send the new user an email about their account ticked and click Add New User.",
  ],
  klaviyo: [
    "Sign in to Klaviyo as the Owner or an Admin.",
    "Click your account name at the bottom left, choose Settings, then Users.",
    "Click Add new user and enter {{agencyAccount}}.",
    "Choose the {{accessLevel}} role and click Add user.",
  ],
  hubspot: [
    "Sign in to HubSpot as a Super Admin or a user who can add and edit users.",
    "Click the Settings gear, then Users & Teams.",
    "Click Create user, enter {{agencyAccount}} and click Next.",
    "Give {{accessLevel}} permissions, click Next and send the invitation.",
  ],
  mailchimp: [
    "Sign in to Mailchimp as the account Owner or an Admin.",
    "Click your profile icon, then Account & billing.",
    "Open Settings → Users and click Invite a user.",
    "Enter {{agencyAccount}}, choose the {{accessLevel}} user level and click Send invite.",
  ],
} as const satisfies Record<ServiceId, readonly string[]>;

type Translated<T> = { readonly [I in keyof T]: string };

/** Every other language: the English service keys, with as many steps per service. */
export type StepCatalogue = { readonly [K in ServiceId]: Translated<(typeof STEPS_EN)[K]> };
