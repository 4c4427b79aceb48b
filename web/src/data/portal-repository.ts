import { type Branding, brandingSchema } from "@portico/domain/branding";
import {
  acceptPortalInvitationCallable,
  cancelPortalInvitationCallable,
  describePortalInvitationCallable,
  invitePortalTeammateCallable,
  portalInviteLinksCallable,
  removePortalTeammateCallable,
  removePortalUserCallable,
  resendPortalInvitationCallable,
  restorePortalUserCallable,
  revokePortalAccessCallable,
  sendPortalInvitationCallable,
  updatePortalProfileCallable,
} from "@portico/domain/callables/portal";
import { paths } from "@portico/domain/paths";
import {
  type AcceptPortalInvitationInput,
  type InvitePortalTeammateInput,
  type PortalInvitationDoc,
  type PortalMemberDoc,
  portalInvitationDocSchema,
  portalMemberDocSchema,
  type UpdatePortalProfileInput,
} from "@portico/domain/portal";
import {
  type PortalInviteView,
  portalClientViewSchema,
  portalInviteViewSchema,
} from "@portico/domain/portal-views";
import { collection, doc, limit, orderBy, query, where } from "firebase/firestore";
import { useMemo } from "react";
import { call } from "../lib/callable";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";
import { type LiveState, useLiveDocument, useLiveQuery } from "../lib/live";

/*
 * The portal's data, read by a client's portal user (rules admit them to their
 * own client only) and, for the team lists, by the agency's staff too.
 */

export type PortalMemberRow = PortalMemberDoc & { id: string };
export type PortalInvitationRow = PortalInvitationDoc & { id: string };
/** An access request as the portal shows it, with the invite's id. */
export type PortalInviteRow = PortalInviteView & { id: string };

const memberConverter = schemaConverter(portalMemberDocSchema);
const invitationConverter = schemaConverter(portalInvitationDocSchema);
const clientViewConverter = schemaConverter(portalClientViewSchema);
const brandingConverter = schemaConverter(brandingSchema);
const inviteViewConverter = schemaConverter(portalInviteViewSchema);
/** A client's access requests are a handful; the cap only bounds the listener. */
const MAX_PORTAL_INVITES = 100;

const memberOrder = { active: 0, revoked: 1, removed: 2 } as const;

/**
 * A client's portal users, live: active first, then by name. A client's team
 * is a handful of people, so it is read whole and sorted here.
 */
export function usePortalMembers(agencyId: string, clientId: string) {
  const path = paths.portalMembers(agencyId, clientId);
  const state = useLiveQuery(
    useMemo(() => collection(db, path).withConverter(memberConverter), [path]),
  );
  return useMemo(
    () =>
      state.status === "ready"
        ? {
            ...state,
            data: [...state.data].sort(
              (a, b) =>
                memberOrder[a.status] - memberOrder[b.status] ||
                a.displayName.localeCompare(b.displayName),
            ),
          }
        : state,
    [state],
  );
}

/**
 * A client's portal invitations still waiting, newest first. One equality
 * filter (no composite index); sorted here, as there are only a few.
 */
export function usePendingPortalInvitations(
  agencyId: string,
  clientId: string,
): LiveState<PortalInvitationRow[]> {
  const path = paths.portalInvitations(agencyId, clientId);
  const state = useLiveQuery(
    useMemo(
      () =>
        query(
          collection(db, path).withConverter(invitationConverter),
          where("status", "==", "pending"),
        ),
      [path],
    ),
  );
  return useMemo(
    () =>
      state.status === "ready"
        ? {
            ...state,
            data: [...state.data].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()),
          }
        : state,
    [state],
  );
}

/**
 * The portal user's own client as the portal shows it (name and language): its
 * portal view, which functions keep from the client document (portal users
 * cannot read that one).
 */
export function usePortalClient(agencyId: string, clientId: string) {
  const path = paths.portalClientView(agencyId, clientId);
  return useLiveDocument(useMemo(() => doc(db, path).withConverter(clientViewConverter), [path]));
}

/** The agency's branding as the portal shows it; null until loaded or when none is saved. */
export function usePortalBranding(agencyId: string): LiveState<Branding | null> {
  const path = paths.settings(agencyId, "branding");
  return useLiveDocument(useMemo(() => doc(db, path).withConverter(brandingConverter), [path]));
}

/** The portal user's own member document: rules refuse it (and everything) once revoked. */
export function usePortalMember(agencyId: string, clientId: string, uid: string) {
  const path = paths.portalMember(agencyId, clientId, uid);
  return useLiveDocument(useMemo(() => doc(db, path).withConverter(memberConverter), [path]));
}

/** The client's access requests as the portal shows them (their portal views), newest first. */
export function usePortalInvites(agencyId: string, clientId: string) {
  const path = paths.portalInviteViews(agencyId, clientId);
  return useLiveQuery(
    useMemo(
      () =>
        query(
          collection(db, path).withConverter(inviteViewConverter),
          orderBy("createdAt", "desc"),
          limit(MAX_PORTAL_INVITES),
        ),
      [path],
    ),
  );
}

// ---- Callables -------------------------------------------------------------

export function describePortalInvitation(token: string) {
  return call(describePortalInvitationCallable, { token });
}

export function acceptPortalInvitation(input: AcceptPortalInvitationInput) {
  return call(acceptPortalInvitationCallable, input);
}

export function invitePortalTeammate(input: InvitePortalTeammateInput) {
  return call(invitePortalTeammateCallable, input);
}

/** Portal Settings -> Team: the agency team page's actions, on the client's own team. */
export function removePortalTeammate(uid: string) {
  return call(removePortalTeammateCallable, { uid });
}

export function cancelPortalInvitation(invitationId: string) {
  return call(cancelPortalInvitationCallable, {
    invitationId,
  });
}

export function resendPortalInvitation(invitationId: string) {
  return call(resendPortalInvitationCallable, {
    invitationId,
  });
}

/** Portal Settings -> Profile: the name the team sees. */
export function updatePortalProfile(input: UpdatePortalProfileInput) {
  return call(updatePortalProfileCallable, input);
}

/** Links to the client's access requests that are not complete, to continue them. */
export function portalInviteLinks() {
  return call(portalInviteLinksCallable, {});
}

// ---- Agency actions (client profile) ----------------------------------------

export function sendPortalInvitation(clientId: string) {
  return call(sendPortalInvitationCallable, { clientId });
}

export function revokePortalAccess(clientId: string) {
  return call(revokePortalAccessCallable, { clientId });
}

/** Gives a revoked portal user their access back (after the client was invited again). */
export function restorePortalUser(clientId: string, uid: string) {
  return call(restorePortalUserCallable, {
    clientId,
    uid,
  });
}

export function removePortalUser(clientId: string, uid: string) {
  return call(removePortalUserCallable, {
    clientId,
    uid,
  });
}
