import { apiFieldErrors } from "@portico/domain/api/errors";
import { metadataToEntries, updateClientInputSchema } from "@portico/domain/clients";
import { createClientFor } from "../clients/createClient";
import { updateClientFor } from "../clients/updateClient";
import { refs } from "../documents";
import { type ApiHandlers, param } from "./apiContext";
import { ApiError } from "./apiHttp";
import { readPage } from "./apiPages";
import { apiClient } from "./apiResources";

async function readClient(agencyId: string, clientId: string) {
  const client = (await refs.client(agencyId, clientId).get()).data();
  if (!client) throw new ApiError("not_found", "No client with this ID.");
  return client;
}

/** Clients: thin over Create Client and the profile's update (the callables' own logic). */
export const clientHandlers: ApiHandlers<
  "listClients" | "createClient" | "getClient" | "updateClient"
> = {
  listClients: async ({ caller, query }) => {
    const page = await readPage(
      refs.clients(caller.agencyId).orderBy("createdAt", "desc").orderBy("__name__", "desc"),
      (client) => client.createdAt,
      query,
    );
    return {
      status: 200,
      body: {
        data: page.docs.map((doc) => apiClient(doc.id, doc.data())),
        nextCursor: page.nextCursor,
      },
    };
  },

  createClient: async ({ caller, body }) => {
    const { clientId } = await createClientFor(caller.actor, body);
    return { status: 201, body: apiClient(clientId, await readClient(caller.agencyId, clientId)) };
  },

  getClient: async (context) => {
    const clientId = param(context, "clientId");
    const client = await readClient(context.caller.agencyId, clientId);
    return { status: 200, body: apiClient(clientId, client) };
  },

  updateClient: async (context) => {
    const { caller, body } = context;
    const clientId = param(context, "clientId");
    const stored = await readClient(caller.agencyId, clientId);
    const { metadata, ...fields } = body;
    // The stored client with the fields sent over it, checked as the profile form is.
    const merged = updateClientInputSchema.safeParse({
      name: stored.name,
      company: stored.company,
      email: stored.email,
      website: stored.website,
      type: stored.type,
      language: stored.language,
      timeZone: stored.timeZone,
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      clientId,
      metadata: metadataToEntries(metadata ?? stored.metadata ?? {}),
    });
    if (!merged.success) {
      throw new ApiError("invalid_request", undefined, apiFieldErrors(merged.error));
    }
    await updateClientFor(caller.actor, merged.data);
    return {
      status: 200,
      body: apiClient(clientId, await readClient(caller.agencyId, clientId)),
    };
  },
};
