import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "@playwright/test";

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

/**
 * Makes the next open in `page`'s browser context a first visit for Firestore:
 * deletes its device cache (IndexedDB) and its tabs' shared state in
 * localStorage (which tab leads: without it the next tab waits for a lease
 * that is never given up). Call on a same-origin page with no app running.
 */
export async function clearFirestoreDeviceCache(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith("firestore_")) localStorage.removeItem(key);
    }
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith("firestore/")) continue;
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
    }
  });
}
