import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FormMessage } from "@/components/forms/form-message";
import { getCurrentUser, safeReturnPath } from "@/lib/auth/current-user";
import { oauthProviders } from "@/lib/auth/providers";
import { getEnv } from "@/lib/env";
import { signInWithGitHubAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(typeof params.callbackUrl === "string" ? params.callbackUrl : "/account");
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">Sign in</h1>
      {params.passwordChanged === "1" && (
        <div className="mt-4">
          <FormMessage tone="info" message="Your password is changed and every session ended. Sign in with your new password." />
        </div>
      )}
      {params.passwordReset === "1" && (
        <div className="mt-4">
          <FormMessage tone="info" message="Your password was changed. Sign in with your new password." />
        </div>
      )}
      {params.signedOut === "everywhere" && (
        <div className="mt-4">
          <FormMessage tone="info" message="You are signed out on every device." />
        </div>
      )}
      <div className="mt-6">
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      {oauthProviders(getEnv()).length > 0 && (
        <form action={signInWithGitHubAction} className="mt-4">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="w-full rounded-md border border-stone-300 px-4 py-2 font-medium hover:border-brand-600">
            Continue with GitHub
          </button>
        </form>
      )}
      <p className="mt-6 text-sm text-stone-600">
        New here?{" "}
        <Link href="/sign-up" className="text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
