import { z } from "zod";

// Zod compiles fast parsers with `new Function` when it may. Under the app's
// Content-Security-Policy (no 'unsafe-eval') even its probe for that is
// reported as a violation, so it is told not to try. Imported first by main.tsx.
z.config({ jitless: true });
