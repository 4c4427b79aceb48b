import { localAppCheckToken } from "@portico/domain/app-check";
import { CALLABLES, FUNCTIONS_REGION } from "@portico/domain/config";
import { emulatorPorts, PROJECT_IDS } from "../../scripts/lib/emulators";

/**
 * The Functions emulator loads each function in a fresh worker on its first
 * call, which takes seconds on two busy cores and used to eat a journey's
 * whole expect timeout. One harmless call per callable (no sign-in, empty
 * data: refused before anything is read or written) leaves a warm worker for
 * the journeys, two at a time so the warm-up does not starve the machine.
 */
export async function warmCallables(concurrency = 2): Promise<void> {
  const base = `http://127.0.0.1:${emulatorPorts("test").functions}/${PROJECT_IDS.test}/${FUNCTIONS_REGION}`;
  const names = Object.values(CALLABLES);
  const failures: string[] = [];
  const next = async () => {
    for (let name = names.shift(); name !== undefined; name = names.shift()) {
      const response = await fetch(`${base}/${name}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "X-Firebase-AppCheck": localAppCheckToken().token,
        },
        body: JSON.stringify({ data: {} }),
      });
      // A callable's refusal (even not-found) carries its status; anything else
      // means no such function is served.
      const answer = (await response.json().catch(() => null)) as {
        result?: unknown;
        error?: { status?: string };
      } | null;
      const served = answer !== null && ("result" in answer || Boolean(answer.error?.status));
      if (!served) failures.push(`${name} (HTTP ${response.status})`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, next));
  if (failures.length > 0) throw new Error(`Callables not served: ${failures.join(", ")}`);
}
