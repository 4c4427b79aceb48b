import { z } from "zod";
import {
  createWorkspaceInputSchema,
  requestPasswordResetInputSchema,
  signUpInputSchema,
} from "../account";
import { defineCallable } from "./define";

/** Sign-up answers the same whether or not the address had an account. */
export const signUpCallable = defineCallable({
  name: "signUp",
  caller: "anyone",
  input: signUpInputSchema,
  output: z.object({ checkInbox: z.literal(true) }),
});

/** The same answer whether or not the address has an account. */
export const requestPasswordResetCallable = defineCallable({
  name: "requestPasswordReset",
  caller: "anyone",
  input: requestPasswordResetInputSchema,
  output: z.object({ sent: z.literal(true) }),
});

/** A signed-in user who belongs to no agency starts their own. */
export const createWorkspaceCallable = defineCallable({
  name: "createWorkspace",
  caller: "signedIn",
  input: createWorkspaceInputSchema,
  output: z.object({ agencyId: z.string() }),
});

export const accountCallables = {
  signUp: signUpCallable,
  requestPasswordReset: requestPasswordResetCallable,
  createWorkspace: createWorkspaceCallable,
};
