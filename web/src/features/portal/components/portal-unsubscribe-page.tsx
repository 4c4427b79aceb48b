import { unsubscribeDigestCallable } from "@portico/domain/callables/digest";
import { useState } from "react";
import { Button } from "../../../components/button";
import { call } from "../../../lib/callable";
import { digestStrings } from "../../../lib/portal-strings";
import { rememberedPortalLook } from "../portal-look";
import { PortalCard } from "./portal-brand";

type Stage = "asking" | "busy" | "done" | "invalid" | "failed";

/** The token after `#token=` (in the fragment, so it never reaches a server log). */
function tokenInAddress(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";
}

/**
 * /portal/unsubscribe#token=…: where the weekly digest's unsubscribe link
 * leads, signed in or not. Opening it changes nothing (mail scanners open
 * links); the button turns this person's digest off.
 */
export function PortalUnsubscribePage() {
  const [look] = useState(rememberedPortalLook);
  const d = digestStrings(look.locale).unsubscribe;
  const [token] = useState(tokenInAddress);
  const [stage, setStage] = useState<Stage>(token.length >= 20 ? "asking" : "invalid");
  const unsubscribe = async () => {
    setStage("busy");
    try {
      const { done } = await call(unsubscribeDigestCallable, { token });
      setStage(done ? "done" : "invalid");
    } catch {
      setStage("failed");
    }
  };
  return (
    <PortalCard look={look} title={d.title}>
      {(stage === "asking" || stage === "busy" || stage === "failed") && (
        <>
          <p>{d.ask}</p>
          {stage === "failed" && (
            <p role="alert" className="notice">
              {d.failed}
            </p>
          )}
          <Button busy={stage === "busy"} onClick={() => void unsubscribe()}>
            {d.button}
          </Button>
        </>
      )}
      {stage === "done" && (
        <p role="status" className="notice">
          {d.done}
        </p>
      )}
      {stage === "invalid" && (
        <p role="alert" className="notice">
          {d.invalid}
        </p>
      )}
    </PortalCard>
  );
}
