import type { ConnectionPlatform } from "@portico/domain/voice/connections";
import type { ReactNode } from "react";

/**
 * What the agency does in each platform's dashboard so its webhooks reach
 * this connection, in the platforms' own words for their settings (their
 * dashboards and docs, late 2026).
 */
const STEPS: Record<ConnectionPlatform, ReactNode[]> = {
  retell: [
    <>
      In the Retell dashboard, open <strong>Settings → API Keys</strong> and copy the key with the{" "}
      <strong>webhook</strong> badge next to it. Retell signs every webhook with that key, so
      Portico needs it (only that key verifies).
    </>,
    <>
      Paste the webhook URL as the account's webhook (<strong>Settings → Webhooks</strong>) or as
      the agent's <strong>Agent Level Webhook URL</strong> (agent editor →{" "}
      <strong>Webhook Settings</strong>). An agent-level URL replaces the account-level one for that
      agent.
    </>,
    <>
      Keep the events <code>call_started</code>, <code>call_ended</code> and{" "}
      <code>call_analyzed</code>: the call is stored when it ends, its summary and sentiment arrive
      with the analysis.
    </>,
    <>
      So the client's FAQs and settings reach the agent, put the agent's ID under Agent IDs: Portico
      updates its Retell LLM prompt (between its own markers) and its greeting. In{" "}
      <strong>Post-Call Analysis</strong>, add a text field <code>unanswered_question</code>: "A
      question the caller asked that you could not answer, or empty." Those questions show on the
      client's FAQs page.
    </>,
    <>Make a test call: it shows in the delivery log below within seconds.</>,
  ],
  vapi: [
    <>
      In the Vapi dashboard, open <strong>Integrations → Custom Credentials</strong> and add a
      credential of type <strong>HMAC</strong>: Secret Key = the signing secret below, Algorithm{" "}
      <code>sha256</code>, Signature Header <code>x-signature</code>, Timestamp Header{" "}
      <code>x-timestamp</code>, payload <code>{"{timestamp}.{body}"}</code>, hex encoding.
    </>,
    <>
      On the assistant (or the phone number), set the <strong>Server URL</strong> to the webhook URL
      and choose that credential. Vapi sends the credential only for a server URL saved in the
      dashboard.
    </>,
    <>
      Under <strong>Server Messages</strong>, keep <code>end-of-call-report</code> (and{" "}
      <code>status-update</code>).
    </>,
    <>
      Vapi sends each message once by default: turn on a retry (backoff plan) in the server settings
      so a brief outage loses no call.
    </>,
    <>
      So the client's FAQs and settings reach the assistant, enter Vapi's private API key and put
      the assistant's ID under Agent IDs. In <strong>Analysis → Structured Data</strong>, add a
      string property <code>unanswered_question</code>: "A question the caller asked that you could
      not answer, or empty."
    </>,
    <>Make a test call: it shows in the delivery log below within seconds.</>,
  ],
  calcom: [
    <>
      In Cal.com, open <strong>Settings → Developer → Webhooks</strong> and choose{" "}
      <strong>New</strong>.
    </>,
    <>
      Subscriber URL: the webhook URL. Secret: the signing secret below. Cal.com signs each delivery
      with it (<code>X-Cal-Signature-256</code>); without one Portico refuses them.
    </>,
    <>
      Event triggers: <strong>Booking Created</strong>, <strong>Booking Rescheduled</strong> and{" "}
      <strong>Booking Cancelled</strong>. Keep the default payload template.
    </>,
    <>
      To link a booking to the call that made it, have the agent's booking tool put the call's ID in
      the booking's metadata as <code>callId</code>.
    </>,
    <>Make a test booking: it shows in the delivery log below.</>,
  ],
  calendly: [
    <>
      In Calendly, open <strong>Integrations &amp; apps → API &amp; webhooks</strong> and generate a{" "}
      <strong>personal access token</strong>. Webhooks need a paid plan (Standard or above) and an
      organization owner's or admin's token.
    </>,
    <>
      Paste the token here: Portico creates the webhook subscription (<code>invitee.created</code>,{" "}
      <code>invitee.canceled</code>) for the organization, with a signing key it keeps. There is
      nothing to paste into Calendly.
    </>,
    <>
      Calendly has no free metadata: to link a booking to the call that made it, have the agent add
      the call's ID to the scheduling link as <code>utm_content</code>.
    </>,
    <>Book a test meeting: it shows in the delivery log below. Calendly retries for 24 hours.</>,
  ],
  portico: [
    <>
      Use this for platforms without their own adapter (Bland, Synthflow, GoHighLevel, n8n, Make):
      POST JSON events <code>call.completed</code>, <code>booking.created</code>,{" "}
      <code>booking.rescheduled</code> or <code>booking.cancelled</code> to the webhook URL.
    </>,
    <>
      Sign them the Standard Webhooks way with the signing secret below (<code>whsec_…</code>):
      headers <code>webhook-id</code>, <code>webhook-timestamp</code> and{" "}
      <code>webhook-signature</code>. The <code>standardwebhooks</code> libraries do it for you.
    </>,
    <>
      Reuse the same <code>webhook-id</code> when you retry: Portico stores each event once.
    </>,
    <>Send a test event: it shows in the delivery log below.</>,
  ],
};

export function SetupSteps({ platform }: { platform: ConnectionPlatform }) {
  return (
    <ol className="setup-steps">
      {STEPS[platform].map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of steps.
        <li key={index}>{step}</li>
      ))}
    </ol>
  );
}
