/**
 * Seeds the demo agency into the running emulators. Idempotent: does nothing
 * when the demo owner already exists. Needs the emulator host variables
 * (set by `firebase emulators:exec`, or by scripts/start.ts).
 *
 * Reuses the functions' own workspace code, so the demo data has exactly the
 * shape production code writes.
 */
import { DEMO_AGENCY_NAME, DEMO_USERS } from "./lib/demo";

export async function seedDemo(): Promise<{ seeded: boolean }> {
  if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
    throw new Error("Refusing to seed: the emulator host variables are not set.");
  }
  const { auth } = await import("../functions/src/admin");
  const { createAgencyWorkspace } = await import("../functions/src/agency/createAgencyWorkspace");
  const { addAgencyMember } = await import("../functions/src/agency/addAgencyMember");

  const existing = await auth.getUserByEmail(DEMO_USERS.owner.email).catch(() => null);
  if (existing) return { seeded: false };

  const accounts = Object.fromEntries(
    await Promise.all(
      Object.entries(DEMO_USERS).map(async ([key, user]) => {
        const record = await auth.createUser({
          email: user.email,
          password: user.password,
          displayName: user.displayName,
          emailVerified: true,
        });
        return [key, record] as const;
      }),
    ),
  );
  const owner = accounts.owner;
  if (!owner) throw new Error("Demo owner was not created");
  const agencyId = await createAgencyWorkspace(
    { uid: owner.uid, email: DEMO_USERS.owner.email, displayName: DEMO_USERS.owner.displayName },
    DEMO_AGENCY_NAME,
  );
  for (const key of ["member", "viewer"] as const) {
    const record = accounts[key];
    if (!record) continue;
    const user = DEMO_USERS[key];
    await addAgencyMember(
      agencyId,
      { uid: record.uid, email: user.email, displayName: user.displayName },
      user.role,
    );
  }
  return { seeded: true };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { seeded } = await seedDemo();
  console.log(seeded ? "Demo data seeded." : "Demo data already present.");
}
