/** The weekly digest email and its portal settings, in English (the `digest` block of the catalogue). */
export const digestEn = {
  email: {
    subject: "Your AI agent's week at {{company}}",
    preview: "{{calls}} calls and {{bookings}} bookings last week",
    heading: "Your agent's week",
    intro: "Here is what your AI agent did from {{start}} to {{end}}.",
    calls: "Calls",
    answered: "Answered",
    bookings: "Bookings",
    bookingRate: "Booking rate",
    noCalls: "No calls came in last week.",
    questionsHeading: "Questions your agent couldn't answer",
    questionsHint: "Add them as FAQs in your portal so your agent can answer next time.",
    button: "Open your portal",
    unsubscribe: "Don't want these weekly emails? Unsubscribe: {{url}}",
  },
  profile: {
    title: "Weekly email",
    label: "Send me a weekly summary of my AI agent's calls and bookings",
    saved: "Email preference saved",
    save: "Save preference",
  },
  unsubscribe: {
    title: "Weekly email",
    ask: "Stop the weekly summary of your AI agent's calls and bookings?",
    button: "Unsubscribe",
    done: "You're unsubscribed. You can turn the weekly email back on in your portal profile.",
    invalid: "This link is not valid. You can change your emails in your portal profile.",
    failed: "Couldn't unsubscribe. Try again in a moment.",
  },
};
export type DigestMessages = typeof digestEn;
