import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { INVALID_LINK } from "./messages";

export default function InvalidUnsubscribeLink() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">Unsubscribe</h1>
      <div className="mt-6">
        <FormMessage message={INVALID_LINK} />
        <p className="mt-4 text-sm text-stone-700">
          You can choose which emails you get in your{" "}
          <Link href="/account/notifications" className="text-brand-700 underline">
            notification settings
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
