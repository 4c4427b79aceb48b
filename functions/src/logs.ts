import { logger } from "firebase-functions";

/** Log lines in one place; they never include passwords or tokens. */
export const logs = {
  workspaceCreated: (agencyId: string, uid: string) =>
    logger.info("Agency workspace created", { agencyId, uid }),
  signUpRolledBack: (uid: string, error: unknown) =>
    logger.error("Sign-up failed after the account was created; account removed", { uid, error }),
  clientPurged: (agencyId: string, clientId: string, tokens: number) =>
    logger.info("Client data purged", { agencyId, clientId, tokens }),
  faviconResult: (clientId: string, found: boolean, reason: string) =>
    logger.info("Client favicon", { clientId, found, reason }),
  mailSent: (mailId: string, attempt: number) => logger.info("Mail delivered", { mailId, attempt }),
  mailFailed: (mailId: string, attempt: number, reason: string, willRetry: boolean) =>
    logger.warn("Mail delivery failed", { mailId, attempt, reason, willRetry }),
  passwordResetQueued: (uid: string) => logger.info("Password reset mail queued", { uid }),
  callableRefused: (reason: string) => logger.warn("Callable data refused", { reason }),
  /** Emulator only: a callable answered what its contract does not describe. */
  contractBroken: (callable: string, issues: unknown) =>
    logger.error("Callable answer does not match its contract", { callable, issues }),
  mailRecovered: (counts: { found: number; sent: number; failed: number; skipped: number }) =>
    logger.warn("Stalled mail taken up again", counts),
  /** A refused send: repeated ones from one agency are what relay abuse looks like. */
  mailLimitReached: (agencyId: string, reason: string, portalUserUid?: string) =>
    logger.warn("Mail limit reached", { agencyId, reason, portalUserUid: portalUserUid ?? null }),
  /** An hourly close that found ended periods (issued < due: repeats, or clients gone). */
  billingPeriodsClosed: (counts: { due: number; issued: number }) =>
    logger.info("Billing periods closed", counts),
  /** A digest run: deferred (the agency's digest share of the day) and refused (its daily quota) go out on a later run. */
  digestsSent: (counts: { sent: number; already: number; deferred: number; refused: number }) =>
    logger.info("Weekly digests queued", counts),
  /** An access page whose services lost their receiving accounts: visitors are refused until it is fixed. */
  onboardingPageBroken: (agencyId: string, pageId: string, problems: Record<string, string>) =>
    logger.warn("Access page refused a visitor: its services need attention", {
      agencyId,
      pageId,
      problems,
    }),
};
