import { portalSectionsSchema } from "@portico/domain/portal-sections";
import { z } from "zod";

/**
 * What the portal's frame showed the last portal user of this browser (their
 * name, the client's name and the sections in the navigation), so the next
 * open draws the frame at once, while Firebase Auth is still confirming the
 * session with the server (one round trip: over half a second on a phone).
 * Only this user's own words, already shown on this device; the portal's data
 * still waits for the session, and the frame is forgotten as soon as no portal
 * session (or another user's) is found.
 */
const rememberedFrameSchema = z.object({
  uid: z.string().min(1),
  userName: z.string(),
  clientName: z.string(),
  sections: portalSectionsSchema,
});
export type RememberedPortalFrame = z.infer<typeof rememberedFrameSchema>;

const FRAME_KEY = "portico.portalFrame";

export function rememberPortalFrame(frame: RememberedPortalFrame): void {
  try {
    localStorage.setItem(FRAME_KEY, JSON.stringify(frame));
  } catch {
    // Storage refused (private mode, quota): the next open waits for the session instead.
  }
}

export function rememberedPortalFrame(): RememberedPortalFrame | null {
  try {
    const parsed = rememberedFrameSchema.safeParse(
      JSON.parse(localStorage.getItem(FRAME_KEY) ?? "null"),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function forgetPortalFrame(): void {
  try {
    localStorage.removeItem(FRAME_KEY);
  } catch {
    // Nothing was stored.
  }
}
