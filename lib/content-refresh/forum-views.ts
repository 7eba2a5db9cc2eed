import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Every forum page: the cached ones visitors get (/forum, and the public
 * category, thread and search routes under /forum/public that proxy.ts
 * rewrites to) and the per-request ones members get. Every path under
 * /forum carries the "/forum" layout tag, so one call marks them all; each
 * is rendered afresh on its next request. Called by the forum's actions
 * (new thread, reply, edit, delete, like, answer) and by the moderation
 * actions (post and thread tools, flags that hide, the queue), since any of
 * them can change lists, counts, posts or search results.
 */
export function refreshForumViews() {
  revalidatePath("/forum", "layout");
}
