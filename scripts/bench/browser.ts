import { existsSync } from "node:fs";
import { type Browser, chromium } from "@playwright/test";

/** Debian's Chromium where installed (as playwright.config.ts), with quiet background features. */
export function launchChromium(): Promise<Browser> {
  const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
