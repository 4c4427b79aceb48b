/** The public access page's words in English (the `onboarding` block of the catalogue). */
export const onboardingEn = {
  page: {
    title: "Get started with {{agency}}",
    intro:
      "Tell us who you are, then give {{agency}} access to the accounts below. It takes a few minutes.",
    servicesTitle: "What {{agency}} will ask for",
    name: "Your name",
    company: "Company",
    email: "Email",
    emailHint: "We'll also email you a link, so you can come back later.",
    website: "Website",
    terms: "I accept {{agency}}'s terms",
    termsLink: "Read the terms",
    honeypot: "Leave this field empty",
    submit: "Continue",
    submitting: "One moment…",
    language: "Language",
    optional: "(optional)",
    failed: "Something went wrong. Please try again.",
  },
  unavailable: {
    pausedTitle: "This page is paused",
    pausedBody:
      "{{agency}} isn't taking new requests through this page right now. Please contact them directly.",
    goneTitle: "This page isn't available",
    goneBody:
      "The page you opened doesn't exist or was removed. Please contact {{agency}} directly.",
    unknownAgency: "the agency",
  },
  errors: {
    nameRequired: "Enter your name.",
    nameTooLong: "Use at most 120 characters.",
    companyTooLong: "Use at most 120 characters.",
    emailRequired: "Enter your email address.",
    emailInvalid: "Enter a valid email address, like name@example.com.",
    emailTooLong: "That email address is too long.",
    emailStaff: "Use your own email address, not one of {{agency}}'s team.",
    websiteInvalid: "Enter a website like acme.com or https://acme.com.",
    websiteTooLong: "Use at most 300 characters.",
    termsRequired: "Accept the terms to continue.",
    refused: "We couldn't take this request. Please contact {{agency}} directly.",
    dailyCap:
      "{{agency}} can't take more requests through this page today. Please try again tomorrow or contact them directly.",
  },
  email: {
    subject: "Your access request from {{agency}}",
    preview: "Your link to give {{agency}} access",
  },
};
export type OnboardingMessages = typeof onboardingEn;
