import { paths } from "@portico/domain/paths";
import { agentSummaryDocSchema } from "@portico/domain/voice/agent-summaries";
import { collection, limit, type Query, query, where } from "firebase/firestore";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";

const summaryConverter = schemaConverter(agentSummaryDocSchema);
export type AgentSummaryRow = ReturnType<typeof summaryConverter.fromFirestore>;

/** A bound on the listener: one summary per client with an agent connection. */
const MAX_AGENT_SUMMARIES = 1000;

/** Every client with an agent connection, one small summary each (functions keep them). */
export function agentSummariesQuery(agencyId: string): Query<AgentSummaryRow> {
  return query(
    collection(db, paths.agentSummaries(agencyId)).withConverter(summaryConverter),
    where("hasConnection", "==", true),
    limit(MAX_AGENT_SUMMARIES),
  );
}
