import type { Role } from "@/db/schema";

const LABELS: Partial<Record<Role, string>> = { mentor: "Mentor", moderator: "Moderator", admin: "Admin" };
const TONES: Partial<Record<Role, string>> = {
  mentor: "bg-brand-100 text-brand-900",
  moderator: "bg-amber-100 text-amber-900",
  admin: "bg-stone-800 text-white",
};

/** "Mentor", "Moderator" or "Admin" beside a name; nothing for learners. */
export function RoleBadge({ role }: { role: Role }) {
  const label = LABELS[role];
  if (!label) return null;
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${TONES[role]}`}>{label}</span>;
}
