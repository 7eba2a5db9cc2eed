import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { findUserById, type PublicUser } from "@/lib/accounts/users";
import { auth } from "./auth";

/** The signed-in user for this request, or null; one lookup per request. */
export const getCurrentUser = cache(async (): Promise<PublicUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? findUserById(getDb(), { id }) : null;
});

/** For pages and actions that need an account: strangers go to sign-in and come back. */
export async function requireUser(returnTo: string): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}

/** Only paths on this site: "//evil.example" and "https://…" are open redirects. */
export function safeReturnPath(path: string | undefined | null): string {
  return path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
