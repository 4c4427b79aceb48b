import { seedDemo } from "../../scripts/seed";
import { warmCallables } from "./warm-callables";

/** The journeys sign in as the demo users, so seed them into the test emulators. */
export default async function globalSetup() {
  await Promise.all([seedDemo(), warmCallables()]);
}
