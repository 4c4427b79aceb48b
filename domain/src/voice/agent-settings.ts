import { z } from "zod";
import { fillTemplate } from "../access-page-model";
import type { AgentMessages } from "../i18n/agent/en";
import { editorSchema } from "./agent-faqs";
import {
  type BusinessHours,
  businessHoursSchema,
  DEFAULT_BUSINESS_HOURS,
  WEEKDAYS,
} from "./business-hours";

/**
 * The client's agent settings (`agentSettings/current`, staff-only): what the
 * agent says first, when the business is open (`businessHours`, read by the
 * rollups too), where it transfers calls, what it does after hours and its
 * voice. The agency decides per field whether the client sees it and may edit
 * it: an agency default (`settings/agentFields`) and a per-client override
 * (`fieldAccess` here). Portal users read the projection
 * (`portalViews/agentSettings`), which carries only the fields they may see.
 */
export const AGENT_FIELDS = [
  "greeting",
  "businessHours",
  "transferNumber",
  "afterHours",
  "voice",
] as const;
export type AgentField = (typeof AGENT_FIELDS)[number];

export const AFTER_HOURS_BEHAVIOURS = ["message", "transfer", "book"] as const;
export type AfterHoursBehaviour = (typeof AFTER_HOURS_BEHAVIOURS)[number];

export const SETTINGS_LIMITS = { greeting: 300, ranges: 4, closures: 60, closureName: 80 } as const;

export const fieldAccessSchema = z.object({ visible: z.boolean(), editable: z.boolean() });
export type FieldAccess = z.output<typeof fieldAccessSchema>;
export type FieldAccessMap = Record<AgentField, FieldAccess>;

export const fieldAccessMapSchema = z.object(
  Object.fromEntries(AGENT_FIELDS.map((field) => [field, fieldAccessSchema])) as Record<
    AgentField,
    typeof fieldAccessSchema
  >,
);

/** What clients see and edit until the agency says otherwise. */
export const DEFAULT_FIELD_ACCESS: FieldAccessMap = {
  greeting: { visible: true, editable: true },
  businessHours: { visible: true, editable: true },
  transferNumber: { visible: true, editable: false },
  afterHours: { visible: true, editable: true },
  voice: { visible: false, editable: false },
};

/** Editable implies visible. */
export function normalizedAccess(access: FieldAccess): FieldAccess {
  return { visible: access.visible || access.editable, editable: access.editable };
}

/** The client's field access: its override where it has one, else the agency's default. */
export function effectiveFieldAccess(
  agencyDefault: Partial<FieldAccessMap> | null | undefined,
  clientOverride: Partial<FieldAccessMap> | null | undefined,
): FieldAccessMap {
  return Object.fromEntries(
    AGENT_FIELDS.map((field) => [
      field,
      normalizedAccess(
        clientOverride?.[field] ?? agencyDefault?.[field] ?? DEFAULT_FIELD_ACCESS[field],
      ),
    ]),
  ) as FieldAccessMap;
}

export const voiceChoiceSchema = z.object({ id: z.string().max(200), name: z.string().max(200) });
export type VoiceChoice = z.output<typeof voiceChoiceSchema>;

/** The values of the settings, as edited and synced. */
export interface AgentSettingValues {
  greeting: string;
  businessHours: BusinessHours;
  transferNumber: string | null;
  afterHours: AfterHoursBehaviour;
  voice: VoiceChoice | null;
}

export const agentSettingsDocSchema = z.object({
  greeting: z.string(),
  businessHours: businessHoursSchema,
  transferNumber: z.string().nullable(),
  afterHours: z.enum(AFTER_HOURS_BEHAVIOURS),
  voice: voiceChoiceSchema.nullable(),
  /** This client's override of the agency's default (absent: the default). */
  fieldAccess: fieldAccessMapSchema.nullable(),
  version: z.number().int(),
  updatedAt: z.date().nullable(),
  updatedBy: editorSchema.nullable(),
});
export type AgentSettingsDoc = z.output<typeof agentSettingsDocSchema>;

export const DEFAULT_AGENT_SETTINGS: AgentSettingValues = {
  greeting: "",
  businessHours: DEFAULT_BUSINESS_HOURS,
  transferNumber: null,
  afterHours: "message",
  voice: null,
};

/** `settings/agentFields`: the agency's default field access. */
export const agentFieldsSettingsDocSchema = z.object({
  access: fieldAccessMapSchema,
  updatedAt: z.date().nullable(),
});

const E164 = /^\+[1-9]\d{6,14}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Each setting's schema, with messages in the client's language. */
export function agentSettingSchemas(messages: AgentMessages) {
  const e = messages.errors;
  const range = z
    .object({
      opens: z.string().regex(CLOCK, e.timeFormat),
      closes: z.string().regex(CLOCK, e.timeFormat),
    })
    .refine((value) => value.opens < value.closes, {
      message: e.closesBeforeOpens,
      path: ["closes"],
    });
  const day = z
    .array(range)
    .max(SETTINGS_LIMITS.ranges, fillTemplate(e.tooManyRanges, { max: SETTINGS_LIMITS.ranges }))
    .superRefine((ranges, context) => {
      const sorted = ranges
        .map((value, index) => ({ ...value, index }))
        .sort((a, b) => a.opens.localeCompare(b.opens));
      for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1];
        const current = sorted[i];
        if (previous && current && current.opens < previous.closes) {
          context.addIssue({
            code: "custom",
            path: [current.index, "opens"],
            message: e.overlappingHours,
          });
        }
      }
    });
  const businessHours = z.object({
    weekly: z.object(
      Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, day])) as Record<
        (typeof WEEKDAYS)[number],
        typeof day
      >,
    ),
    closures: z
      .array(
        z.object({
          date: z.iso.date(e.closureDate),
          name: z
            .string()
            .trim()
            .max(
              SETTINGS_LIMITS.closureName,
              fillTemplate(e.closureNameTooLong, { max: SETTINGS_LIMITS.closureName }),
            ),
        }),
      )
      .max(
        SETTINGS_LIMITS.closures,
        fillTemplate(e.tooManyClosures, { max: SETTINGS_LIMITS.closures }),
      )
      .superRefine((closures, context) => {
        const seen = new Set<string>();
        closures.forEach((closure, index) => {
          if (seen.has(closure.date)) {
            context.addIssue({
              code: "custom",
              path: [index, "date"],
              message: e.duplicateClosure,
            });
          }
          seen.add(closure.date);
        });
      }),
  });
  return {
    greeting: z
      .string()
      .trim()
      .min(1, e.greetingRequired)
      .max(
        SETTINGS_LIMITS.greeting,
        fillTemplate(e.greetingTooLong, { max: SETTINGS_LIMITS.greeting }),
      ),
    businessHours,
    transferNumber: z
      .string()
      .trim()
      .transform((value) => value.replace(/[\s().-]/g, ""))
      .refine((value) => value === "" || E164.test(value), e.phoneFormat)
      .transform((value) => (value === "" ? null : value))
      .nullable(),
    afterHours: z.enum(AFTER_HOURS_BEHAVIOURS),
    voice: voiceChoiceSchema.nullable(),
  };
}

/** A set of changes to the settings, validated in the client's language. */
export function agentSettingsChangesSchema(messages: AgentMessages) {
  const fields = agentSettingSchemas(messages);
  return z.object({
    greeting: fields.greeting.optional(),
    businessHours: fields.businessHours.optional(),
    transferNumber: fields.transferNumber.optional(),
    afterHours: fields.afterHours.optional(),
    voice: fields.voice.optional(),
  });
}
export type AgentSettingsChanges = Partial<AgentSettingValues>;

/** A transfer after hours needs a number to transfer to. */
export function afterHoursProblem(values: AgentSettingValues, messages: AgentMessages) {
  return values.afterHours === "transfer" && !values.transferNumber
    ? messages.errors.transferNeedsNumber
    : null;
}

/** `portalViews/agentSettings`: the fields a portal user may see, and which they may edit. */
export const portalAgentSettingsViewSchema = z.object({
  values: z.object({
    greeting: z.string().optional(),
    businessHours: businessHoursSchema.optional(),
    transferNumber: z.string().nullable().optional(),
    afterHours: z.enum(AFTER_HOURS_BEHAVIOURS).optional(),
    voice: voiceChoiceSchema.nullable().optional(),
  }),
  editable: z.array(z.enum(AGENT_FIELDS)),
  version: z.number().int(),
});
export type PortalAgentSettingsView = z.output<typeof portalAgentSettingsViewSchema>;

/** The whole of what portal users read of the settings: visible fields only. */
export function portalAgentSettingsView(
  values: AgentSettingValues,
  access: FieldAccessMap,
  version: number,
): PortalAgentSettingsView {
  const shown: Record<string, unknown> = {};
  for (const field of AGENT_FIELDS) {
    if (access[field].visible) shown[field] = values[field];
  }
  return {
    values: shown as PortalAgentSettingsView["values"],
    editable: AGENT_FIELDS.filter((field) => access[field].editable),
    version,
  };
}

/** The settings' values from a stored document (or the defaults). */
export function settingValues(doc: Partial<AgentSettingValues> | undefined): AgentSettingValues {
  return {
    greeting: doc?.greeting ?? DEFAULT_AGENT_SETTINGS.greeting,
    businessHours: doc?.businessHours ?? DEFAULT_AGENT_SETTINGS.businessHours,
    transferNumber: doc?.transferNumber ?? null,
    afterHours: doc?.afterHours ?? DEFAULT_AGENT_SETTINGS.afterHours,
    voice: doc?.voice ?? null,
  };
}
