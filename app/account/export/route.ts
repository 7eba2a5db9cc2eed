import { getDb } from "@/db/client";
import { exportAccountData } from "@/lib/accounts/manage-account";
import { getCurrentUser } from "@/lib/auth/current-user";

// GET /account/export: the signed-in member's data as a JSON download.
export async function GET() {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: "Sign in to download your data." }, { status: 401 });
  const data = exportAccountData(getDb(), { actor });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="tandem-${actor.handle}.json"`,
      "cache-control": "private, no-store",
    },
  });
}
