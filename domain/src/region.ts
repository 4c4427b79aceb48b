/** Cloud Functions region, shared so the web app calls the region functions deploy to. */
export const FUNCTIONS_REGION = "us-central1";
