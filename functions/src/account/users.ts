import type { UserRecord } from "firebase-admin/auth";
import { auth } from "../admin";

/** The Auth user with this address, or null. */
export async function existingUser(email: string): Promise<UserRecord | null> {
  try {
    return await auth.getUserByEmail(email);
  } catch (error) {
    if ((error as { code?: string }).code === "auth/user-not-found") return null;
    throw error;
  }
}
