import { apiKeyDocSchema } from "@portico/domain/api/keys";
import { paths } from "@portico/domain/paths";
import { collection, orderBy, query } from "firebase/firestore";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";
import { useLiveQuery } from "../lib/live";

const apiKeyConverter = schemaConverter(apiKeyDocSchema);

/** The agency's API keys, newest first (owners and admins read; callables write). */
export function useApiKeys(agencyId: string) {
  return useLiveQuery(
    query(
      collection(db, paths.apiKeys(agencyId)).withConverter(apiKeyConverter),
      orderBy("createdAt", "desc"),
    ),
  );
}
