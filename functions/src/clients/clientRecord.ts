import { type ClientFields, clientSearchTokens, normalizeForSearch } from "@portico/domain/clients";
import type { Transaction } from "firebase-admin/firestore";
import { invalidField } from "../callable";
import { refs } from "../documents";

/**
 * The stored fields derived from a client's editable ones (sort key, search
 * tokens). A time zone left out is not written: the caller decides it.
 */
export function derivedClientFields(clientId: string, fields: ClientFields) {
  const { timeZone, ...rest } = fields;
  return {
    ...rest,
    ...(timeZone === undefined ? {} : { timeZone }),
    nameLower: normalizeForSearch(fields.name),
    searchTokens: clientSearchTokens({ id: clientId, ...fields }),
  };
}

/**
 * Refuses a second client with the same email in one agency, naming the
 * existing one so the form can link to it.
 */
export async function assertEmailFree(
  tx: Transaction,
  agencyId: string,
  email: string,
  clientId: string,
) {
  if (!email) return;
  const existing = await tx.get(refs.clients(agencyId).where("email", "==", email).limit(2));
  const other = existing.docs.find((doc) => doc.id !== clientId);
  if (other) {
    const error = invalidField("email", `${other.data().name} already has this email.`);
    (error.details as { existingClientId?: string }).existingClientId = other.id;
    throw error;
  }
}
