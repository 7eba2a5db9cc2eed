import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { unreadCount } from "@/lib/notifications/inbox";

// Who is signed in and how many notifications wait, for the header's account
// menu. Pages stay static and cacheable because they never read the session.
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { user: user && { displayName: user.displayName, handle: user.handle, role: user.role, unread: unreadCount(getDb(), user) } },
    { headers: { "cache-control": "private, no-store" } },
  );
}
