import { getCurrentUser } from "@/lib/auth/current-user";

// Who is signed in, for the header's account menu. Pages stay static and
// cacheable because they never read the session themselves.
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { user: user && { displayName: user.displayName, handle: user.handle, role: user.role } },
    { headers: { "cache-control": "private, no-store" } },
  );
}
