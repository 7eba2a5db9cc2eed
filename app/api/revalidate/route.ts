import { revalidatePath } from "next/cache";
import { isRefreshAuthorized } from "@/lib/content-refresh/token";

// Called by `npm run db:import` (and once at boot) after content changed
// outside this process. Every page may show articles (lists, related, feed),
// so the whole tree is marked stale; each page re-renders on its next visit.
export async function POST(request: Request) {
  if (!isRefreshAuthorized(request.headers.get("authorization"))) {
    return Response.json({ error: "Not authorized" }, { status: 401 });
  }
  revalidatePath("/", "layout");
  return Response.json({ refreshed: true });
}
