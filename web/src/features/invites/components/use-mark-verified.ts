import { useState } from "react";
import { useToast } from "../../../components/toast";
import { type InviteRow, markServiceVerified } from "../../../data/invites-repository";
import { serviceName } from "./invite-status";

/**
 * Mark verified, from the badge's popover or the row's menu: the badge then
 * follows the invite live ("granted", verified by whom).
 */
export function useMarkVerified(invite: InviteRow) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const markVerified = async (serviceId: string) => {
    setBusy(serviceId);
    try {
      await markServiceVerified({ inviteId: invite.id, serviceId });
      toast.show(`${serviceName(serviceId)} marked verified`, {
        description: `${invite.client.name}'s access is checked.`,
        tone: "success",
      });
    } catch (error) {
      toast.show("Couldn't mark it verified", {
        description: error instanceof Error ? error.message : undefined,
        tone: "error",
      });
    } finally {
      setBusy(null);
    }
  };
  return { markVerified, busy };
}
