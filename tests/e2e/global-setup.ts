import { startDemoVoicePlatform } from "../../scripts/demo-voice/platform";
import { demoVoicePort } from "../../scripts/lib/emulators";
import { seedDemo } from "../../scripts/seed";
import { warmCallables } from "./warm-callables";

/**
 * The journeys sign in as the demo users, so seed them into the test
 * emulators; the demo agent's recordings play from the demo voice platform on
 * the test profile's port (the URL the seed writes into the calls).
 */
export default async function globalSetup() {
  const voicePlatform = await startDemoVoicePlatform(demoVoicePort("test"));
  await Promise.all([seedDemo({ voicePlatformUrl: voicePlatform.url }), warmCallables()]);
  return () => voicePlatform.close();
}
