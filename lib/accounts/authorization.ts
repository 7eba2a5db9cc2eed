import "server-only";
import { forbidden } from "next/navigation";
import type { Role } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "./role-checks";
import type { PublicUser } from "./users";

export { hasRole, isStaff } from "./role-checks";

/**
 * For pages and actions limited to some roles: a stranger is sent to sign in
 * (and back), a signed-in user without the role gets a 403.
 */
export async function requireRole(roles: readonly Role[], returnTo: string): Promise<PublicUser> {
  const user = await requireUser(returnTo);
  if (!hasRole(user, roles)) forbidden();
  return user;
}
