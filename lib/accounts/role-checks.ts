import type { Role } from "@/db/schema";

// Pure role predicates, shared by the data layer and the page guards.
export const STAFF_ROLES: readonly Role[] = ["moderator", "admin"];

export function hasRole(user: { role: Role } | null, roles: readonly Role[]): boolean {
  return !!user && roles.includes(user.role);
}

export function isStaff(user: { role: Role } | null): boolean {
  return hasRole(user, STAFF_ROLES);
}
