import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { FAVICON_ALLOW_PRIVATE_HOSTS } from "../config";
import { converters, refs, storedData } from "../documents";
import { logs } from "../logs";

/**
 * Fetches and caches a client's favicon when its website is set or changed
 * (the callables mark it "pending"). An unreachable site leaves the monogram.
 */
export const refreshFavicon = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}",
  async (event) => {
    const after = event.data?.after;
    const client = after && storedData(after, converters.client);
    if (client?.faviconStatus !== "pending") return;
    const { website } = client;
    // On demand: the HTML parser and image sniffer would slow every function's cold start.
    const { fetchFaviconWithReason } = await import("./favicon/fetchFavicon");
    const { dataUrl, reason } = await fetchFaviconWithReason(website, {
      allowPrivateHosts: FAVICON_ALLOW_PRIVATE_HOSTS.value(),
    });

    const ref = refs.client(event.params.agencyId, event.params.clientId);
    await db.runTransaction(async (tx) => {
      const current = (await tx.get(ref)).data();
      // The website may have changed (or the client gone) while we fetched.
      if (current?.website !== website || current.faviconStatus !== "pending") return;
      tx.update(ref, { faviconUrl: dataUrl, faviconStatus: dataUrl ? "ready" : "unavailable" });
    });
    logs.faviconResult(event.params.clientId, dataUrl !== null, reason);
  },
);
