/**
 * The demo client's AI agent: a Retell voice connection, a Cal.com booking
 * connection and about 90 days of calls and bookings (see voice-history.ts),
 * with recordings served by the demo voice platform at `platformUrl`.
 */
import { paths } from "@portico/domain/paths";
import { demoConnectionId, ensureDemoConnection } from "./seed-voice-connections";
import { seedVoiceHistory } from "./seed-voice-history";

export interface SeedVoiceResult {
  clientId: string;
  calls: number;
  bookings: number;
}

/** Whether the demo client already has its agent (data saved before the agent existed has not). */
export async function hasDemoVoice(agencyId: string, clientId: string): Promise<boolean> {
  const { db } = await import("../../functions/src/admin");
  const connection = db.doc(
    paths.agentConnection(agencyId, clientId, demoConnectionId("retell", clientId)),
  );
  return (await connection.get()).exists;
}

export async function seedDemoVoice(
  agencyId: string,
  clientId: string,
  options: { platformUrl: string; until?: Date; calls?: number },
): Promise<SeedVoiceResult> {
  const { db } = await import("../../functions/src/admin");
  const retell = await ensureDemoConnection(agencyId, clientId, "retell");
  const calcom = await ensureDemoConnection(agencyId, clientId, "calcom");
  // The newest call is shortly before now; the history is the same on every seed of the same hour.
  const until = options.until ?? new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const written = await seedVoiceHistory(
    {
      agencyId,
      clientId,
      callConnectionId: retell.connectionId,
      bookingConnectionId: calcom.connectionId,
    },
    { until, platformUrl: options.platformUrl, count: options.calls },
  );
  // The connections' health: events came in until recently.
  for (const [connection, event] of [
    [retell.connectionId, "call_analyzed"],
    [calcom.connectionId, "BOOKING_CREATED"],
  ] as const) {
    await db
      .doc(paths.agentConnection(agencyId, clientId, connection))
      .update({ lastEventAt: new Date(until.getTime() - 40 * 60_000), lastEventType: event });
  }
  return { clientId, ...written };
}
