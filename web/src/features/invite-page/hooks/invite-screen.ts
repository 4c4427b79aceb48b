import type { AccessPageModel, CompleteConnectionResult } from "@portico/domain/access-page-model";

/** What the access page shows: one screen at a time. */
export type Screen =
  | { kind: "loading" }
  | { kind: "notice"; notice: "callback" | "failed" }
  | {
      kind: "unavailable";
      title: string;
      body: string;
      agency?: AccessPageModel["agency"] | null;
    }
  | { kind: "page"; page: AccessPageModel }
  | { kind: "complete"; page: AccessPageModel }
  | { kind: "finish"; page: AccessPageModel };

/** The dialog open over the page, if any. */
export type OpenDialog =
  | { kind: "skip"; serviceId: string }
  | { kind: "picker"; connection: CompleteConnectionResult };
