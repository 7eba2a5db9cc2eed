import { and, isNull, or, eq, type SQL } from "drizzle-orm";
import type { Role } from "@/db/schema";
import { forumPosts, forumThreads } from "@/db/schema";
import { isStaff } from "@/lib/accounts/role-checks";

// Who sees what. Moderators hide posts and threads (pending review) and
// delete them; members delete their own posts. Nothing is removed from the
// database, so every read decides here what the viewer may see:
//
//   thread hidden    staff and its author see it (marked, with the reason); anyone else: 404
//   thread deleted   staff only (marked); anyone else: 404
//   post hidden      staff see it marked; its author sees it with the notice and reason;
//                    anyone else sees "This post is hidden pending review"
//   post deleted     staff see it marked; anyone else sees "This post was deleted"
//
// Pure: no database access, safe to import from components.

/** Who is looking: a member (role as stored) or null for a visitor. */
export type Viewer = { id: number; role: Role } | null;

export { isStaff };

type ThreadState = { authorId: number | null; hiddenAt: Date | null; deletedAt: Date | null };
type PostState = { authorId: number | null; hiddenAt: Date | null; deletedAt: Date | null };

/** Visible to everyone: neither hidden nor deleted. */
export const isPublic = (row: { hiddenAt: Date | null; deletedAt: Date | null }) => row.hiddenAt === null && row.deletedAt === null;

export function canSeeThread(viewer: Viewer, thread: ThreadState): boolean {
  if (isPublic(thread) || isStaff(viewer)) return true;
  return thread.deletedAt === null && viewer !== null && thread.authorId === viewer.id;
}

/**
 * How a post is shown to the viewer:
 * - "normal": the body, as anyone sees it;
 * - "hidden-notice": only "This post is hidden pending review";
 * - "hidden-own": the author's own hidden post: the body with the notice and reason;
 * - "hidden-staff": the body, marked hidden, with the reason;
 * - "deleted-notice": only "This post was deleted";
 * - "deleted-staff": the body, marked deleted.
 */
export type PostVisibility = "normal" | "hidden-notice" | "hidden-own" | "hidden-staff" | "deleted-notice" | "deleted-staff";

export function postVisibility(viewer: Viewer, post: PostState): PostVisibility {
  const staff = isStaff(viewer);
  if (post.deletedAt !== null) return staff ? "deleted-staff" : "deleted-notice";
  if (post.hiddenAt !== null) {
    if (staff) return "hidden-staff";
    return viewer !== null && post.authorId === viewer.id ? "hidden-own" : "hidden-notice";
  }
  return "normal";
}

/** True when the viewer may read the body of the post. */
export const showsBody = (v: PostVisibility) => v === "normal" || v === "hidden-own" || v === "hidden-staff" || v === "deleted-staff";

/** SQL: the threads a viewer may open or find listed. */
export function threadVisibleTo(viewer: Viewer): SQL | undefined {
  if (isStaff(viewer)) return undefined;
  const open = and(isNull(forumThreads.hiddenAt), isNull(forumThreads.deletedAt));
  return viewer ? or(open, and(isNull(forumThreads.deletedAt), eq(forumThreads.authorId, viewer.id))) : open;
}

/** SQL: threads and posts everyone sees (counts, latest activity, search for members). */
export const publicThread = () => and(isNull(forumThreads.hiddenAt), isNull(forumThreads.deletedAt));
export const publicPost = () => and(isNull(forumPosts.hiddenAt), isNull(forumPosts.deletedAt));
