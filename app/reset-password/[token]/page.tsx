import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { getDb } from "@/db/client";
import { checkResetToken } from "@/lib/accounts/password-reset";

// The token is in the address: no referrer may carry it to another site, and
// no search engine may keep it.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false, follow: false }, referrer: "no-referrer" };

// A link is valid until it is used or expires: never serve a kept copy.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

// Unknown, used and expired links read the same: a 404 with its own message (not-found.tsx).
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  if (!checkResetToken(getDb(), token).valid) notFound();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">Choose a new password</h1>
      <div className="mt-6">
        <ResetPasswordForm token={token} />
      </div>
    </div>
  );
}
