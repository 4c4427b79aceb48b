/** Outgoing webhooks: the mail to the agency's owners when an endpoint is turned off, in English. */
export const webhooksEn = {
  disabledEmail: {
    subject: "A webhook endpoint of {{agency}} was turned off",
    preview: "Portico stopped sending events to {{url}}",
    heading: "A webhook endpoint was turned off",
    gone: "The endpoint {{url}} answered 410 Gone, which means it no longer wants events, so Portico turned it off.",
    failing:
      "Every delivery attempt of the last {{count}} events to {{url}} failed, so Portico turned the endpoint off.",
    body: "No events are sent to it until an owner or admin turns it on again in Settings -> Webhooks, where the delivery log shows each answer. Events can be replayed from there.",
    button: "Open webhook settings",
  },
};
