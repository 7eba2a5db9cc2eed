import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { nextSessionCalendar } from "@/lib/mentorships/sessions";
import { parseRowId } from "@/lib/mentorships/space-schema";
import { siteUrl } from "@/lib/site";

// GET /mentorships/[id]/next-session.ics: the next planned session as an
// iCalendar file, for the mentorship's two members. Anyone else (signed out,
// a stranger, a moderator), an id that names nothing, or nothing planned: 404,
// the same answer each time so the file reveals nothing.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRowId((await params).id);
  const user = id ? await getCurrentUser() : null;
  const ics = id && user ? nextSessionCalendar(getDb(), { mentorshipId: id, userId: user.id, siteUrl: siteUrl("/") }) : null;
  if (!ics) return new Response("Not found: no planned session here for you.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'attachment; filename="next-session.ics"',
      "cache-control": "private, no-store",
    },
  });
}
