import { refs } from "../documents";
import { type ApiHandlers, param } from "./apiContext";
import { ApiError } from "./apiHttp";
import { readPage } from "./apiPages";
import { apiBooking, apiCall } from "./apiResources";

/** An unknown client (or another agency's) is 404, never an empty list. */
async function requireClient(agencyId: string, clientId: string) {
  if (!(await refs.client(agencyId, clientId).get()).exists) {
    throw new ApiError("not_found", "No client with this ID.");
  }
}

/** Calls and bookings of a client's AI agent, as the portal and the staff pages read them. */
export const callHandlers: ApiHandlers<"listCalls" | "getCall" | "listBookings" | "getBooking"> = {
  listCalls: async (context) => {
    const { agencyId } = context.caller;
    const clientId = param(context, "clientId");
    await requireClient(agencyId, clientId);
    const page = await readPage(
      refs.calls(agencyId, clientId).orderBy("sortAt", "desc").orderBy("__name__", "desc"),
      (call) => call.sortAt,
      context.query,
    );
    return {
      status: 200,
      body: {
        data: page.docs.map((doc) => apiCall(doc.id, clientId, doc.data())),
        nextCursor: page.nextCursor,
      },
    };
  },

  getCall: async (context) => {
    const clientId = param(context, "clientId");
    const callId = param(context, "callId");
    const call = (await refs.call(context.caller.agencyId, clientId, callId).get()).data();
    if (!call) throw new ApiError("not_found", "No call with this ID.");
    return { status: 200, body: apiCall(callId, clientId, call) };
  },

  listBookings: async (context) => {
    const { agencyId } = context.caller;
    const clientId = param(context, "clientId");
    await requireClient(agencyId, clientId);
    const page = await readPage(
      refs.bookings(agencyId, clientId).orderBy("startsAt", "desc").orderBy("__name__", "desc"),
      (booking) => booking.startsAt,
      context.query,
    );
    return {
      status: 200,
      body: {
        data: page.docs.map((doc) => apiBooking(doc.id, clientId, doc.data())),
        nextCursor: page.nextCursor,
      },
    };
  },

  getBooking: async (context) => {
    const clientId = param(context, "clientId");
    const bookingId = param(context, "bookingId");
    const booking = (await refs.booking(context.caller.agencyId, clientId, bookingId).get()).data();
    if (!booking) throw new ApiError("not_found", "No booking with this ID.");
    return { status: 200, body: apiBooking(bookingId, clientId, booking) };
  },
};
