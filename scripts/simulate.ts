/**
 * `npm run simulate`: the demo client's AI agent takes calls, live. Sends
 * signed webhooks in each platform's real format to the local webhook
 * endpoint of the demo client's connections (the Functions emulator of
 * `npm start`), so an open portal or client profile shows calls arrive.
 * Recordings are the demo voice platform's (started by `npm start`).
 *
 *   npm run simulate                                   Retell call + Cal.com booking, every 10 s, 10 times
 *   npm run simulate -- --rate=30/min --count=0        every 2 s until Ctrl-C
 *   npm run simulate -- --platform=vapi,calendly       Vapi calls, Calendly bookings
 *   npm run simulate -- --platform=portico             Portico's own events (Standard Webhooks)
 *
 * A connection the demo client lacks (Vapi, Calendly, Portico's format) is
 * created first, as staff would create it.
 */
import { FUNCTIONS_REGION } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { CONNECTION_PLATFORM_INFO } from "@portico/domain/voice/connections";
import { DEMO_USERS } from "./lib/demo";
import { demoVoiceUrl, emulatorClientEnv, emulatorPorts, PROJECT_IDS } from "./lib/emulators";
import { parseSimulateArgs, SimulateArgsError } from "./lib/simulate-args";
import { type SimulationTarget, simulateCall } from "./lib/simulate-send";

function fail(message: string, code = 1): never {
  console.error(`✘ ${message}`);
  process.exit(code);
}

let args: ReturnType<typeof parseSimulateArgs>;
try {
  args = parseSimulateArgs(process.argv.slice(2));
} catch (error) {
  if (error instanceof SimulateArgsError) fail(error.message, 2);
  throw error;
}

Object.assign(process.env, emulatorClientEnv("dev"));
const { auth, db } = await import("../functions/src/admin");
const { demoVoiceClientId } = await import("./seed");
const { ensureDemoConnection } = await import("./lib/seed-voice-connections");

const owner = await auth.getUserByEmail(DEMO_USERS.owner.email).catch(() => null);
const agencyId = owner?.customClaims?.agencyId;
if (typeof agencyId !== "string") {
  fail("The demo agency is not there: start the app with `npm start` first (it seeds it).");
}
const clientId = demoVoiceClientId();
const client = await db.doc(paths.client(agencyId, clientId)).get();
if (!client.exists) fail("The demo client is missing: `npm run reset` seeds it again.");

const connections: SimulationTarget["connections"] = {};
for (const platform of args.platforms) {
  connections[platform] = await ensureDemoConnection(agencyId, clientId, platform);
}
const functionsPort = emulatorPorts("dev").functions;
const target: SimulationTarget = {
  webhookUrl: (connectionId) =>
    `http://127.0.0.1:${functionsPort}/${PROJECT_IDS.dev}/${FUNCTIONS_REGION}/voiceWebhook/${connectionId}`,
  platformUrl: demoVoiceUrl("dev"),
  connections,
};
const platformUp = await fetch(`${target.platformUrl}/recordings/hours-question.ogg`, {
  method: "HEAD",
})
  .then((response) => response.ok)
  .catch(() => false);
if (!platformUp)
  console.warn(
    `! The demo voice platform (${target.platformUrl}) is not answering: recordings will not play until npm start runs.`,
  );

const clientName = String(client.get("name") ?? clientId);
const names = args.platforms.map((platform) => CONNECTION_PLATFORM_INFO[platform].name).join(" + ");
const every =
  args.intervalMs >= 1000 ? `${(args.intervalMs / 1000).toFixed(1)} s` : `${args.intervalMs} ms`;
console.log(
  `Simulating ${clientName}'s agent on ${names}: one call every ${every}, ${args.count === 0 ? "until Ctrl-C" : `${args.count} in all`}.`,
);

let stopping = false;
process.on("SIGINT", () => {
  stopping = true;
});
const running: Promise<void>[] = [];
let failures = 0;
for (let index = 0; (args.count === 0 || index < args.count) && !stopping; index += 1) {
  const startedAt = Date.now();
  running.push(
    simulateCall(target, args.platforms, index)
      .then((sent) => {
        const steps = sent.deliveries
          .map((delivery) => `${delivery.event} ${delivery.result}`)
          .join(", ");
        console.log(
          `${new Date().toLocaleTimeString("en-GB")}  ${sent.conversationId.padEnd(20)} ${steps}`,
        );
      })
      .catch((error: Error) => {
        failures += 1;
        console.error(`✘ ${error.message}`);
      }),
  );
  const last = args.count !== 0 && index === args.count - 1;
  if (!last)
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, startedAt + args.intervalMs - Date.now())),
    );
}
await Promise.all(running);
if (failures > 0)
  fail(`${failures} simulated call(s) were refused; see above (is npm start running?).`);
console.log("Done.");
process.exit(0);
