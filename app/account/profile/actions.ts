"use server";

import { requireUser } from "@/lib/auth/current-user";
import { fieldsFromProfile, invalidProfile, readProfileForm, type ProfileFormState } from "@/lib/profiles/form";
import { saveOwnProfile } from "@/lib/profiles/queries";
import { refreshMentorViews } from "@/lib/content-refresh/mentor-views";
import { formInput } from "@/lib/forms/form-input";

// Whose profile is written comes from the session only; the form names no
// account, and a userId posted with it is never read.
export async function saveProfileAction(_: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  formData = formInput(formData);
  const user = await requireUser("/account/profile");
  const fields = readProfileForm(formData);
  const result = saveOwnProfile({ user, input: fields });
  if (result.kind === "invalid") return invalidProfile(result.error, fields);
  refreshMentorViews();
  return { status: "saved", message: "Profile saved.", fields: fieldsFromProfile(result.profile) };
}
