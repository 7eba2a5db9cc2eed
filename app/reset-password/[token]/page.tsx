import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { FormMessage } from "@/components/forms/form-message";
import { getDb } from "@/db/client";
import { checkResetToken } from "@/lib/accounts/password-reset";

// The token is in the address: no referrer may carry it to another site, and
// no search engine may keep it.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false, follow: false }, referrer: "no-referrer" };

// A link is valid until it is used or expires: never serve a kept copy.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const check = checkResetToken(getDb(), token);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">Choose a new password</h1>
      <div className="mt-6">
        {check.valid ? (
          <ResetPasswordForm token={token} />
        ) : (
          <>
            <FormMessage message={check.message} />
            <p className="mt-4 text-sm">
              <Link href="/forgot-password" className="text-brand-700 underline">
                Ask for a new link
              </Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
