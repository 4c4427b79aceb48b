import { applyActionCode } from "firebase/auth";
import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { auth } from "../../../lib/firebase";
import { AuthLayout } from "./auth-layout";

type Stage = "checking" | "confirmed" | "invalid";

/** /verify-email?oobCode=…: where the sign-up confirmation email leads. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const oobCode = params.get("oobCode") ?? "";
  const [stage, setStage] = useState<Stage>("checking");

  useEffect(() => {
    let live = true;
    applyActionCode(auth, oobCode).then(
      async () => {
        // An open session picks up the verified address at once.
        await auth.currentUser?.reload().catch(() => undefined);
        if (live) setStage("confirmed");
      },
      () => live && setStage("invalid"),
    );
    return () => {
      live = false;
    };
  }, [oobCode]);

  return (
    <AuthLayout title="Confirm your address">
      {stage === "checking" && (
        <p role="status" className="muted">
          Checking the link
        </p>
      )}
      {stage === "confirmed" && (
        <div className="stack">
          <p role="status" className="notice">
            Your address is confirmed.
          </p>
          <Link to="/sign-in">Sign in to your workspace</Link>
        </div>
      )}
      {stage === "invalid" && (
        <div className="stack">
          <p role="alert" className="notice">
            This link is no longer valid. It may have been used already; if your address is
            confirmed, just sign in.
          </p>
          <Link to="/sign-in">Go to sign in</Link>
        </div>
      )}
    </AuthLayout>
  );
}
