"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { saveProfileAction } from "@/app/account/profile/actions";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import type { ProfileFormState } from "@/lib/profiles/form";

type Option = { value: string; label: string };

export type ProfileChoices = {
  topics: Option[];
  languages: Option[];
  timeZones: Option[];
  formats: Option[];
  levels: Option[];
};

type Props = { initialState: ProfileFormState; choices: ProfileChoices; publicHref: string };

// Every field stays in the page whatever is ticked, so the form works before
// (and without) JavaScript; the server ignores the mentor fields unless
// "Offer mentoring" is ticked. After a save React resets the form to the
// defaults below, which are then the stored values.
export function ProfileForm({ initialState, choices, publicHref }: Props) {
  const [state, action, pending] = useActionState(saveProfileAction, initialState);
  const { fields: f, fieldErrors: e } = state;
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save, take keyboard and screen-reader users to the first
  // field to fix; its error is read with it.
  useEffect(() => {
    if (state.status !== "error") return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  const section = "space-y-5 rounded-lg border border-stone-200 bg-white p-5";
  return (
    <form ref={formRef} action={action} className="space-y-8" noValidate>
      <FormMessage message={state.message} tone={state.status === "saved" ? "info" : "error"} />
      {state.status === "saved" && (
        <p className="text-sm">
          <Link href={publicHref} className="text-brand-700 underline">
            See your public profile
          </Link>
        </p>
      )}

      <section aria-labelledby="about-heading" className={section}>
        <h2 id="about-heading" className="font-serif text-xl font-semibold">
          About you
        </h2>
        <TextField name="headline" label="Headline" required={false} defaultValue={f.headline} errors={e?.headline} hint="One line under your name, at most 120 characters." />
        <TextAreaField name="bio" label="Bio" rows={8} defaultValue={f.bio} errors={e?.bio} hint="Markdown works: **bold**, *italic*, lists and links. At most 4000 characters." />
        <SelectField name="timezone" label="Time zone" options={choices.timeZones} defaultValue={f.timezone} errors={e?.timezone} />
        <CheckboxGroup name="languages" legend="Languages you speak" options={choices.languages} defaultValues={f.languages} errors={e?.languages} hint="Up to 10." />
        <CheckboxGroup name="topics" legend="Topics you care about" options={choices.topics} defaultValues={f.topics} errors={e?.topics} hint="Up to 12." />
      </section>

      <section aria-labelledby="mentor-heading" className={section}>
        <h2 id="mentor-heading" className="font-serif text-xl font-semibold">
          Mentoring
        </h2>
        <CheckboxField
          name="offerMentoring"
          label="Offer mentoring"
          defaultChecked={f.offerMentoring}
          errors={e?.offerMentoring}
          hint="Shows this section on your public profile. Untick it to hide the section; what you filled in is kept."
        />
        <CheckboxGroup name="expertise" legend="Topics you can mentor in" options={choices.topics} defaultValues={f.expertise} errors={e?.expertise} hint="1 to 10." />
        <div className="grid gap-5 sm:grid-cols-3">
          <TextField name="yearsExperience" label="Years of experience" inputMode="numeric" required={false} defaultValue={f.yearsExperience} errors={e?.yearsExperience} hint="0 to 60." />
          <TextField name="hoursPerMonth" label="Hours a month" inputMode="numeric" required={false} defaultValue={f.hoursPerMonth} errors={e?.hoursPerMonth} hint="1 to 160." />
          <TextField name="capacity" label="Mentees at most" inputMode="numeric" required={false} defaultValue={f.capacity} errors={e?.capacity} hint="Active mentees at once, 1 to 20." />
        </div>
        <CheckboxGroup name="formats" legend="Ways to meet" options={choices.formats} defaultValues={f.formats} errors={e?.formats} hint="At least one." />
        <CheckboxField name="acceptingMentees" label="Accepting new mentees" defaultChecked={f.acceptingMentees} errors={e?.acceptingMentees} />
      </section>

      <section aria-labelledby="learner-heading" className={section}>
        <h2 id="learner-heading" className="font-serif text-xl font-semibold">
          Learning
        </h2>
        <TextAreaField name="goals" label="Your goals" rows={4} defaultValue={f.goals} errors={e?.goals} hint="One a line, up to 10; each 3 to 200 characters." />
        <SelectField name="level" label="Your level" options={[{ value: "", label: "Not stated" }, ...choices.levels]} defaultValue={f.level} errors={e?.level} />
        <CheckboxGroup name="preferredLanguages" legend="Preferred languages for a mentor" options={choices.languages} defaultValues={f.preferredLanguages} errors={e?.preferredLanguages} hint="Up to 10." />
        <SelectField
          name="preferredTimezone"
          label="Preferred time zone for a mentor"
          options={[{ value: "", label: "No preference" }, ...choices.timeZones]}
          defaultValue={f.preferredTimezone}
          errors={e?.preferredTimezone}
        />
      </section>

      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Saving your profile…">
          Save profile
        </SubmitButton>
      </div>
    </form>
  );
}
