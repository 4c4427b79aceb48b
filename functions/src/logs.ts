import { logger } from "firebase-functions";

/** Log lines in one place; they never include passwords or tokens. */
export const logs = {
  workspaceCreated: (agencyId: string, uid: string) =>
    logger.info("Agency workspace created", { agencyId, uid }),
  signUpRolledBack: (uid: string, error: unknown) =>
    logger.error("Sign-up failed after the account was created; account removed", { uid, error }),
};
