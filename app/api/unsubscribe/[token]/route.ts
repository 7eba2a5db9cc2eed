import { getDb } from "@/db/client";
import { stopEmails } from "@/lib/notifications/settings";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { emailsStopped, INVALID_LINK } from "@/app/unsubscribe/[token]/messages";

type Context = { params: Promise<{ token: string }> };

const reply = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers } });

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs
 * "List-Unsubscribe=One-Click" to the List-Unsubscribe URL, without cookies.
 * The signed token is the only authority. POST only, so a link scanner's GET
 * never unsubscribes anyone.
 */
export async function POST(request: Request, { params }: Context) {
  const target = readUnsubscribeToken((await params).token);
  if (!target) return reply(INVALID_LINK, 400);
  if (!(await isOneClick(request))) return reply('Expected the form body "List-Unsubscribe=One-Click".', 400);
  stopEmails(getDb(), target);
  return reply(emailsStopped(target.kind), 200);
}

// RFC 8058 allows either form encoding; anything unreadable is simply not one-click.
async function isOneClick(request: Request): Promise<boolean> {
  try {
    return (await request.formData()).get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
}

// Next answers unlisted methods with a bare 405; this one names the method
// that works (RFC 9110 asks for Allow) and covers HEAD and OPTIONS too.
function methodNotAllowed() {
  return reply("Only POST (one-click unsubscribe) is accepted here; the link in the email opens a page instead.", 405, { allow: "POST" });
}

export { methodNotAllowed as GET, methodNotAllowed as HEAD, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE, methodNotAllowed as OPTIONS };
