"use client";

import { useActionState } from "react";
import { saveGuidanceAction, type EditorState } from "@/app/write/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";

type Props = { id?: number; initial: { title: string; summary: string; topic: string; body: string }; topics: readonly string[]; published: boolean };

export function GuidanceEditor({ id, initial, topics, published }: Props) {
  const [state, action, pending] = useActionState<EditorState, FormData>(saveGuidanceAction, { status: "idle", values: initial });
  const v = state.values ?? initial;
  const button = "rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60";
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="id" value={id ?? ""} />
      <TextField name="title" label="Title" maxLength={200} defaultValue={v.title} errors={state.fieldErrors?.title} />
      <TextAreaField name="summary" label="Summary" rows={2} maxLength={300} defaultValue={v.summary} errors={state.fieldErrors?.summary} hint="One or two sentences, shown in lists and search." />
      <SelectField
        name="topic"
        label="Topic"
        defaultValue={v.topic}
        errors={state.fieldErrors?.topic}
        options={[{ value: "", label: "No topic" }, ...topics.map((t) => ({ value: t, label: t }))]}
      />
      <TextAreaField name="body" label="Article" rows={16} defaultValue={v.body} errors={state.fieldErrors?.body} hint="Markdown: ## headings, **bold**, _italic_, - lists, [links](https://…). HTML is not allowed." />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" disabled={pending} className={`${button} border border-stone-300`}>
          Preview
        </button>
        <button type="submit" name="intent" value="draft" disabled={pending} className={`${button} border border-stone-300`}>
          {published ? "Unpublish and save as draft" : "Save draft"}
        </button>
        <button type="submit" name="intent" value="publish" disabled={pending} className={`${button} bg-brand-700 text-white hover:bg-brand-900`}>
          {published ? "Update" : "Publish"}
        </button>
        {pending && <span role="status" className="self-center text-sm text-stone-600">Working…</span>}
      </div>
      {state.previewHtml !== undefined && (
        <section aria-labelledby="preview-heading" className="rounded-md border border-stone-300 bg-white p-6">
          <h2 id="preview-heading" className="mb-4 text-sm font-semibold uppercase tracking-wide text-stone-500">
            Preview
          </h2>
          <div className="prose prose-stone max-w-none" dangerouslySetInnerHTML={{ __html: state.previewHtml }} />
        </section>
      )}
    </form>
  );
}
