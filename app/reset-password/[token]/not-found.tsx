import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { RESET_LINK_INVALID } from "@/lib/accounts/password-reset";

export default function InvalidResetLink() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">Choose a new password</h1>
      <div className="mt-6">
        <FormMessage message={RESET_LINK_INVALID} />
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className="text-brand-700 underline">
            Ask for a new link
          </Link>
        </p>
      </div>
    </div>
  );
}
