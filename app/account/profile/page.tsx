import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/profiles/profile-form";
import { requireUser } from "@/lib/auth/current-user";
import { profileChoices } from "@/lib/profiles/choices";
import { fieldsFromProfile } from "@/lib/profiles/form";
import { getOwnProfile } from "@/lib/profiles/queries";

export const metadata: Metadata = { title: "Edit your profile", robots: { index: false } };

// Always the signed-in user's own profile: there is no handle or id in this
// route, so there is no one else's profile to ask for.
export default async function EditProfilePage() {
  const user = await requireUser("/account/profile");
  const publicHref = `/u/${user.handle}`;
  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-6 text-sm">
        <Link href="/account" className="text-brand-700 hover:underline">
          ← Your account
        </Link>
      </nav>
      <h1 className="font-serif text-3xl font-semibold">Edit your profile</h1>
      <p className="mt-2 text-stone-600">
        Everything here is public on{" "}
        <Link href={publicHref} className="text-brand-700 underline">
          your profile page
        </Link>
        , except the mentoring section while &ldquo;Offer mentoring&rdquo; is unticked.
      </p>
      <div className="mt-8">
        <ProfileForm initialState={{ status: "idle", fields: fieldsFromProfile(getOwnProfile({ user })) }} choices={profileChoices()} publicHref={publicHref} />
      </div>
    </div>
  );
}
