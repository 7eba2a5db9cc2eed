"use server";

import { getDb } from "@/db/client";
import { revokeAllSessions } from "@/lib/accounts/sessions";
import { signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/current-user";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser("/account");
  revokeAllSessions(getDb(), { userId: user.id });
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}
