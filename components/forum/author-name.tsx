import Link from "next/link";
import type { AuthorRef } from "@/lib/forum/threads";
import { RoleBadge } from "./role-badge";

/** The author's name linking to their profile, with their role badge; "A former member" once the account is gone. */
export function AuthorName({ author, badge = true }: { author: AuthorRef; badge?: boolean }) {
  if (!author) return <span className="font-medium text-stone-600">A former member</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <Link href={`/u/${author.handle}`} className="font-medium text-stone-900 hover:text-brand-700 hover:underline">
        {author.displayName}
      </Link>
      {badge && <RoleBadge role={author.role} />}
    </span>
  );
}
