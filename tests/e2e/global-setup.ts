import { seedDemo } from "../../scripts/seed";

/** The journeys sign in as the demo users, so seed them into the test emulators. */
export default async function globalSetup() {
  await seedDemo();
}
