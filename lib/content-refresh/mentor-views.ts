import "server-only";
import { revalidatePath } from "next/cache";

/**
 * The cached pages built from mentors' profiles and places: the directory
 * (all searches) and every member's matches. Called by the actions that
 * change them: a profile saved, a mentorship accepted or ended, an account
 * deleted. (Expiry pauses happen on a timer; pages catch up within their
 * 60-second revalidation.)
 */
export function refreshMentorViews() {
  revalidatePath("/mentors");
  revalidatePath("/mentors/results/[query]", "page");
  revalidatePath("/match/for/[user]/[page]", "page");
}
