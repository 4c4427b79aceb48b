/**
 * The client's click, end to end: the invite page's "I've done this" (the
 * confirmService callable, called as the page calls it) -> the agency's open
 * board row shows the new service badge and the invite's new status. Before
 * each click an Admin write puts the service back to waiting, and the board is
 * seen showing it, so every click starts from the same state.
 */
import { localAppCheckToken } from "@portico/domain/app-check";
import { CALLABLES, FUNCTIONS_REGION } from "@portico/domain/config";
import { inviteStatus } from "@portico/domain/invite-status";
import type { DocumentReference } from "firebase-admin/firestore";
import { appUrl, emulatorPorts, PROJECT_IDS } from "../lib/emulators";
import { seededInviteUrl } from "../lib/seed-invites";

export interface ClickFigures {
  /** The callable's own round trip, as the page waits for it. */
  callableMs: number[];
  /** From the click to the board row's new badge and status. */
  boardMs: number[];
}

interface ClickOptions {
  inviteRef: DocumentReference;
  service: { serviceId: string; [field: string]: unknown };
  clicks: number;
  gapMs: number;
  /** Watches the board row for these selectors (see board-run.ts). */
  watch(selectors: Record<string, string>): Promise<void>;
  /** Resolves once every watched selector matched: the time each did. */
  seen(names: string[]): Promise<Record<string, number | undefined>>;
  row: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls a callable over its HTTP protocol, as the invite page's SDK does (no sign-in). */
async function callAsPage(name: string, data: unknown): Promise<void> {
  const url = `http://127.0.0.1:${emulatorPorts("test").functions}/${PROJECT_IDS.test}/${FUNCTIONS_REGION}/${name}`;
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Firebase-AppCheck": localAppCheckToken().token,
    },
    body: JSON.stringify({ data }),
  });
  if (!response.ok)
    throw new Error(`${name} answered ${response.status}: ${await response.text()}`);
}

export async function measureClicks(options: ClickOptions): Promise<ClickFigures> {
  const { inviteRef, service, row, clicks } = options;
  const url = await seededInviteUrl(appUrl("test"), inviteRef.path);
  const token = new URL(url).pathname.split("/").pop() ?? "";
  const waiting = [{ ...service, optional: false, status: "pending", grantedVia: null }];
  const intake = { requested: false, status: "not_requested" as const };
  const badges = (status: string, invite: string) => ({
    service: `${row} [data-service-id="${service.serviceId}"][data-status="${status}"]`,
    status: `${row} [data-invite-status="${invite}"]`,
  });

  // One click first, not counted: the callable's worker starts cold.
  const callableMs: number[] = [];
  const boardMs: number[] = [];
  for (let click = 0; click <= clicks; click += 1) {
    await options.watch(badges("pending", "pending"));
    await inviteRef.update({
      services: waiting,
      intake,
      status: inviteStatus({ services: [{ optional: false, status: "pending" }], intake }),
    });
    await options.seen(["service", "status"]);

    await options.watch(badges("granted", "complete"));
    const started = Date.now();
    await callAsPage(CALLABLES.confirmService, { token, serviceId: service.serviceId });
    const answered = Date.now();
    const seen = await options.seen(["service", "status"]);
    if (click === 0) continue;
    callableMs.push(answered - started);
    boardMs.push(Math.max(seen.service ?? Number.NaN, seen.status ?? Number.NaN) - started);
    await sleep(options.gapMs);
  }
  return { callableMs, boardMs };
}
