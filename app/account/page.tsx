import type { Metadata } from "next";
import Link from "next/link";
import { isStaff } from "@/lib/accounts/authorization";
import { canWriteGuidance } from "@/lib/articles/guidance";
import { FormMessage } from "@/components/forms/form-message";
import { requireUser } from "@/lib/auth/current-user";
import { signOutAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser("/account");
  const { welcome } = await searchParams;
  const button = "rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:border-brand-600";
  return (
    <div className="max-w-xl">
      {welcome && <FormMessage tone="info" message={`Welcome to Tandem, ${user.displayName}! Your account is ready.`} />}
      <h1 className="mt-4 font-serif text-3xl font-semibold">Your account</h1>
      <dl className="mt-6 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-stone-500">Name</dt>
        <dd>{user.displayName}</dd>
        <dt className="text-stone-500">Handle</dt>
        <dd>@{user.handle}</dd>
        <dt className="text-stone-500">Role</dt>
        <dd className="capitalize">{user.role}</dd>
      </dl>
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href="/account/profile" className="text-brand-700 underline">
          Edit your profile
        </Link>
        <Link href={`/u/${user.handle}`} className="text-brand-700 underline">
          View your public profile
        </Link>
        <Link href="/account/password" className="text-brand-700 underline">
          Change password
        </Link>
        <Link href="/account/notifications" className="text-brand-700 underline">
          Notification settings
        </Link>
        <a href="/account/export" className="text-brand-700 underline">
          Download your data (JSON)
        </a>
        <Link href="/account/delete" className="text-red-800 underline">
          Delete your account
        </Link>
        {canWriteGuidance(user) && (
          <Link href="/write" className="text-brand-700 underline">
            Your articles
          </Link>
        )}
        {isStaff(user) && (
          <Link href="/moderation/articles" className="text-brand-700 underline">
            Members&apos; articles (moderation)
          </Link>
        )}
        {user.role === "admin" && (
          <Link href="/admin/users" className="text-brand-700 underline">
            Users and roles
          </Link>
        )}
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <form action={signOutAction}>
          <button type="submit" className={button}>
            Sign out
          </button>
        </form>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={button}>
            Sign out everywhere
          </button>
        </form>
      </div>
    </div>
  );
}
