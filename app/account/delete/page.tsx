import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Delete your account", robots: { index: false } };

export default async function DeleteAccountPage() {
  await requireUser("/account/delete");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">Delete your account</h1>
      <p className="mt-4 text-stone-700">
        This removes your account, your profile, your drafts and your sessions at once, and cannot be undone. Articles
        you published stay readable, credited to “A former member”.{" "}
        <Link href="/account/export" className="text-brand-700 underline">
          Download your data
        </Link>{" "}
        first if you want a copy.
      </p>
      <div className="mt-6">
        <DeleteAccountForm />
      </div>
    </div>
  );
}
