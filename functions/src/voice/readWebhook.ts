import type { NormalizedBooking } from "@portico/domain/voice/booking";
import {
  calcomWebhookSchema,
  calendlyWebhookSchema,
  normalizeCalcomWebhook,
  normalizeCalendlyWebhook,
} from "@portico/domain/voice/booking-platforms";
import type { NormalizedCall } from "@portico/domain/voice/call";
import type { ConnectionPlatform, DeliveryResult } from "@portico/domain/voice/connections";
import {
  normalizePorticoBooking,
  normalizePorticoCall,
  porticoEventSchema,
} from "@portico/domain/voice/portico-events";
import { normalizeRetellWebhook, retellWebhookSchema } from "@portico/domain/voice/retell";
import { normalizeVapiWebhook, vapiWebhookSchema } from "@portico/domain/voice/vapi";
import type { z } from "zod";
import {
  checkCalcomSignature,
  checkCalendlySignature,
  checkRetellSignature,
  checkStandardSignature,
  checkVapiSignature,
  type SignatureCheck,
} from "./webhookSignatures";

/**
 * What one webhook says, once its signature and body have been checked: a
 * call or booking to store, an event Portico does not store, or a refusal with
 * its HTTP status and a reason for the delivery log.
 */
export type WebhookReading =
  | { kind: "call"; event: string; call: NormalizedCall }
  | { kind: "booking"; event: string; booking: NormalizedBooking }
  | { kind: "ignored"; event: string }
  | {
      kind: "refused";
      status: number;
      result: DeliveryResult;
      reason: string;
      event: string | null;
    };

type Headers = Record<string, string | string[] | undefined>;

const SIGNATURE_REASONS = {
  "missing-signature": "The request carried no signature in the platform's header.",
  "bad-signature": "The signature did not match the connection's secret.",
  "stale-timestamp":
    "The signature's timestamp is more than 5 minutes from now (a replay or a wrong clock).",
} as const;

function checkSignature(
  platform: ConnectionPlatform,
  rawBody: Buffer,
  headers: Headers,
  secrets: readonly string[],
): SignatureCheck {
  switch (platform) {
    case "retell":
      return checkRetellSignature(rawBody, headers, secrets);
    case "vapi":
      return checkVapiSignature(rawBody, headers, secrets);
    case "calcom":
      return checkCalcomSignature(rawBody, headers, secrets);
    case "calendly":
      return checkCalendlySignature(rawBody, headers, secrets);
    case "portico":
      return checkStandardSignature(rawBody, headers, secrets);
  }
}

function fieldProblems(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
    .join("; ");
}

function malformed(reason: string, event: string | null = null): WebhookReading {
  return { kind: "refused", status: 400, result: "malformed", reason, event };
}

function eventName(body: unknown, key: string): string | null {
  if (typeof body !== "object" || body === null) return null;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === "string" ? value.slice(0, 100) : null;
}

/** Reads a platform's body into a call or booking, or says what is wrong with it. */
function readBody(platform: ConnectionPlatform, body: unknown): WebhookReading {
  switch (platform) {
    case "retell": {
      const parsed = retellWebhookSchema.safeParse(body);
      if (!parsed.success) return malformed(fieldProblems(parsed.error), eventName(body, "event"));
      const call = normalizeRetellWebhook(parsed.data);
      return call
        ? { kind: "call", event: parsed.data.event, call }
        : { kind: "ignored", event: parsed.data.event };
    }
    case "vapi": {
      const parsed = vapiWebhookSchema.safeParse(body);
      const type =
        typeof body === "object" && body !== null
          ? eventName((body as { message?: unknown }).message, "type")
          : null;
      if (!parsed.success) {
        // Vapi sends many message types Portico does not read, with other shapes.
        if (type && type !== "end-of-call-report" && type !== "status-update")
          return { kind: "ignored", event: type };
        return malformed(fieldProblems(parsed.error), type);
      }
      const call = normalizeVapiWebhook(parsed.data);
      const event = parsed.data.message.type;
      return call ? { kind: "call", event, call } : { kind: "ignored", event };
    }
    case "calcom": {
      const trigger = eventName(body, "triggerEvent");
      if (trigger && !trigger.startsWith("BOOKING_")) return { kind: "ignored", event: trigger };
      const parsed = calcomWebhookSchema.safeParse(body);
      if (!parsed.success) return malformed(fieldProblems(parsed.error), trigger);
      const booking = normalizeCalcomWebhook(parsed.data);
      return booking
        ? { kind: "booking", event: parsed.data.triggerEvent, booking }
        : { kind: "ignored", event: parsed.data.triggerEvent };
    }
    case "calendly": {
      const event = eventName(body, "event");
      if (event && !event.startsWith("invitee.")) return { kind: "ignored", event };
      const parsed = calendlyWebhookSchema.safeParse(body);
      if (!parsed.success) return malformed(fieldProblems(parsed.error), event);
      const booking = normalizeCalendlyWebhook(parsed.data);
      return booking
        ? { kind: "booking", event: parsed.data.event, booking }
        : { kind: "ignored", event: parsed.data.event };
    }
    case "portico": {
      const parsed = porticoEventSchema.safeParse(body);
      if (!parsed.success) return malformed(fieldProblems(parsed.error), eventName(body, "type"));
      const event = parsed.data;
      return event.type === "call.completed"
        ? { kind: "call", event: event.type, call: normalizePorticoCall(event.data) }
        : { kind: "booking", event: event.type, booking: normalizePorticoBooking(event) };
    }
  }
}

/**
 * Checks the signature over the raw bytes first (nothing unsigned is parsed),
 * then reads the JSON in the platform's format.
 */
export function readWebhook(
  platform: ConnectionPlatform,
  rawBody: Buffer,
  headers: Headers,
  secrets: readonly string[],
): WebhookReading {
  const signature = checkSignature(platform, rawBody, headers, secrets);
  if (!signature.ok) {
    return {
      kind: "refused",
      status: 401,
      result: signature.reason,
      reason: SIGNATURE_REASONS[signature.reason],
      event: null,
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString("utf8"));
  } catch {
    return malformed("The body is not valid JSON.");
  }
  return readBody(platform, body);
}
