import { type IntakeResponseDoc, intakeResponseDocSchema } from "@portico/domain/intake";
import { paths } from "@portico/domain/paths";
import { collection, limit, orderBy, query } from "firebase/firestore";
import { useMemo } from "react";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";
import { useLiveQuery } from "../lib/live";

/** A client's intake response (see intakeResponseDocSchema), with its invite's id. */
export type IntakeResponseRow = IntakeResponseDoc & { id: string };

const responseConverter = schemaConverter(intakeResponseDocSchema);
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
  );
}
