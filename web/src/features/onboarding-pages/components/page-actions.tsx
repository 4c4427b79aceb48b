import { onboardingPagePath } from "@portico/domain/onboarding-pages/page";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { Button } from "../../../components/button";
import { Dialog } from "../../../components/dialog";
import { useToast } from "../../../components/toast";
import {
  deleteOnboardingPage,
  type OnboardingPageRow,
  pauseOnboardingPage,
} from "../../../data/onboarding-pages-repository";

/** The page's public address on this app's origin. */
export function publicPageUrl(agencyId: string, slug: string): string {
  return `${window.location.origin}${onboardingPagePath(agencyId, slug)}`;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copy link (everyone), and for owners, admins and members: Edit, Pause or
 * Resume, Delete (asks first). `compact` is the list's row.
 */
export function PageActions({
  agencyId,
  page,
  canEdit,
  compact = false,
}: {
  agencyId: string;
  page: OnboardingPageRow;
  canEdit: boolean;
  compact?: boolean;
}) {
  const toast = useToast();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<"pause" | "delete" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const small = compact ? "btn-small" : undefined;

  const copy = async () => {
    const copied = await copyText(publicPageUrl(agencyId, page.slug));
    toast.show(copied ? "Link copied" : "Couldn't copy the link", {
      tone: copied ? "success" : "error",
    });
  };
  const togglePause = async () => {
    setBusy("pause");
    try {
      await pauseOnboardingPage(page.id, !page.paused);
      toast.show(page.paused ? `${page.name} is live again` : `${page.name} is paused`, {
        tone: "success",
      });
    } catch (error) {
      toast.show("Couldn't change the page", {
        tone: "error",
        description: error instanceof Error ? error.message : undefined,
      });
    } finally {
      setBusy(null);
    }
  };
  const remove = async () => {
    setBusy("delete");
    try {
      await deleteOnboardingPage(page.id);
      setConfirming(false);
      toast.show(`${page.name} was deleted`, { tone: "success" });
      if (!compact) navigate("/access-pages");
    } catch (error) {
      toast.show("Couldn't delete the page", {
        tone: "error",
        description: error instanceof Error ? error.message : undefined,
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="row-actions">
      <Button
        variant="secondary"
        className={small}
        onClick={() => void copy()}
        aria-label={compact ? `Copy link of ${page.name}` : undefined}
      >
        Copy link
      </Button>
      {canEdit && (
        <>
          <Link
            className={["btn", "btn-ghost", small].filter(Boolean).join(" ")}
            to={`/access-pages/${page.id}/edit`}
            aria-label={compact ? `Edit ${page.name}` : undefined}
          >
            Edit
          </Link>
          <Button
            variant="ghost"
            className={small}
            busy={busy === "pause"}
            onClick={() => void togglePause()}
            aria-label={compact ? `${page.paused ? "Resume" : "Pause"} ${page.name}` : undefined}
          >
            {page.paused ? "Resume" : "Pause"}
          </Button>
          <Button
            variant="danger"
            className={small}
            onClick={() => setConfirming(true)}
            aria-label={compact ? `Delete ${page.name}` : undefined}
          >
            Delete
          </Button>
          <Dialog
            open={confirming}
            onOpenChange={setConfirming}
            title={`Delete ${page.name}?`}
            description="Its link stops working at once and its address is free again. The clients and invites it created stay."
            footer={
              <>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
                <Button variant="danger" busy={busy === "delete"} onClick={() => void remove()}>
                  Delete page
                </Button>
              </>
            }
          />
        </>
      )}
    </div>
  );
}
