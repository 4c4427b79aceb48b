/**
 * `npm run backfill -- --project <id>`: one-off repairs for data written
 * before this deploy, run once against the real project with Application
 * Default Credentials (`gcloud auth application-default login`). Idempotent.
 *   - each agency's public branding (its portal address before sign-in)
 *   - `deleteAt` on invitation token records issued before the TTL policy
 *   - the clients list's rows (clientRows) of clients stored before them
 */
const args = process.argv.slice(2);
const project = args[args.indexOf("--project") + 1];
if (!args.includes("--project") || !project) {
  console.error("Usage: npm run backfill -- --project <firebase-project-id>");
  process.exit(2);
}
process.env.GCLOUD_PROJECT = project;

const { backfillClientRows, backfillPublicBranding, backfillTokenDeleteAt } = await import(
  "../functions/src/maintenance/backfills"
);
console.log(`Public branding written for ${await backfillPublicBranding()} agencies.`);
console.log(`deleteAt set on ${await backfillTokenDeleteAt()} token records.`);
console.log(`Clients list rows checked for ${await backfillClientRows()} clients.`);

export {};
