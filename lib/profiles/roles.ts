import type { Role } from "@/db/schema/accounts";

/**
 * The role after a profile save. Publishing a mentor section makes a learner
 * a mentor; withdrawing it makes that mentor a learner again. Moderators and
 * admins keep their role either way (they may mentor too), and a mentor named
 * by an admin without a published section is left alone.
 */
export function roleAfterSave({ role, wasPublished, published }: { role: Role; wasPublished: boolean; published: boolean }): Role {
  if (published && role === "learner") return "mentor";
  if (!published && wasPublished && role === "mentor") return "learner";
  return role;
}
