import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Emulator settings (VITE_EMULATORS, VITE_FIREBASE_PROJECT_ID) are passed in by
// scripts/start.ts and scripts/test.ts; production builds read the project's
// web config from VITE_FIREBASE_* (see README).
export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", strictPort: true },
  preview: { host: "127.0.0.1", strictPort: true },
  build: {
    sourcemap: true,
    target: "es2022",
    // The Firestore SDK alone is ~500 kB minified; it lives in the agency chunk,
    // which client-facing routes never load.
    chunkSizeWarningLimit: 700,
  },
});
