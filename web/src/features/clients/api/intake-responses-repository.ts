import type { Answer } from "@portico/domain/intake";
import { paths } from "@portico/domain/paths";
import { collection, limit, orderBy, query } from "firebase/firestore";
import { useMemo } from "react";
import { z } from "zod";
import { schemaConverter } from "../../../lib/converters";
import { db } from "../../../lib/firestore";
import { useLiveQuery } from "../../../lib/live";

/**
 * `agencies/{a}/clients/{c}/intakeResponses/{inviteId}`, as saveIntakeAnswers
 * writes it: the questions as they were asked, the client's answers so far,
 * and whether they were sent. Read-only here; only that function writes them.
 */
const intakeResponseSchema = z.object({
  inviteId: z.string(),
  clientId: z.string(),
  questions: z.array(z.object({ id: z.string(), label: z.string(), type: z.string() })),
  answers: z.record(
    z.string(),
    z.union([z.string(), z.array(z.string()), z.boolean(), z.null()]) satisfies z.ZodType<Answer>,
  ),
  status: z.enum(["draft", "submitted"]),
  updatedAt: z.date(),
  submittedAt: z.date().nullable().default(null),
});
export type IntakeResponseRow = z.output<typeof intakeResponseSchema> & { id: string };

const responseConverter = schemaConverter(intakeResponseSchema);
/** One response per invite, so a client has a handful; the cap only bounds the listener. */
const MAX_RESPONSES = 50;

/** A client's intake responses, live, the most recently saved first. */
export function useIntakeResponses(agencyId: string, clientId: string) {
  const path = paths.intakeResponses(agencyId, clientId);
  return useLiveQuery(
    useMemo(
      () =>
        query(
          collection(db, path).withConverter(responseConverter),
          orderBy("updatedAt", "desc"),
          limit(MAX_RESPONSES),
        ),
      [path],
    ),
    path,
  );
}
