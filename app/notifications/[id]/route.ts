import { getDb } from "@/db/client";
import { getCurrentUser, safeReturnPath } from "@/lib/auth/current-user";
import { parseRowId } from "@/lib/ids";
import { openNotification } from "@/lib/notifications/inbox";

// Following a notification marks it read and leads to its place. A plain
// link (not a form) so it works from the list, a new tab and without script;
// marking read is harmless to repeat and only ever touches the owner's row.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const user = await getCurrentUser();
  if (!user) return Response.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(`/notifications/${encodeURIComponent(raw)}`)}`, request.url), 303);
  const id = parseRowId(raw);
  const href = id === null ? null : openNotification(getDb(), { actor: user, id });
  if (!href) return new Response("Not found: no such notification for you.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
  return new Response(null, { status: 303, headers: { location: safeReturnPath(href), "cache-control": "private, no-store" } });
}
