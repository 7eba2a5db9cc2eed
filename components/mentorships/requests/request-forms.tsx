"use client";

import { useActionState } from "react";
import { acceptRequestAction, answerQuestionAction, askQuestionAction, declineRequestAction, withdrawRequestAction } from "@/app/requests/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { DECLINE_REASON_LABELS, REQUEST_LIMITS } from "@/lib/mentorships/request-schema";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const button = "rounded-md px-4 py-2 font-medium disabled:cursor-wait disabled:opacity-70";
const primary = `${button} bg-brand-700 text-white hover:bg-brand-900`;
const secondary = `${button} border border-stone-300 bg-white text-stone-800 hover:bg-stone-50`;

/** One small form per decision, each with its own message and pending state. */
function RequestForm({ action, requestId, label, pendingLabel, className = primary, children }: { action: Action; requestId: number; label: string; pendingLabel: string; className?: string; children?: (state: FormState) => React.ReactNode }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="requestId" value={requestId} />
      {children?.(state)}
      <button type="submit" disabled={pending} aria-disabled={pending} className={className}>
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}

export function MentorDecision({ requestId, canAsk, learnerName }: { requestId: number; canAsk: boolean; learnerName: string }) {
  return (
    <div className="space-y-8">
      <RequestForm action={acceptRequestAction} requestId={requestId} label="Accept request" pendingLabel="Accepting…" />
      {canAsk && (
        <section aria-labelledby="ask-heading">
          <h3 id="ask-heading" className="font-medium">
            Need to know more first?
          </h3>
          <RequestForm action={askQuestionAction} requestId={requestId} label="Ask a question" pendingLabel="Sending…" className={secondary}>
            {(state) => (
              <TextAreaField
                name="question"
                label={`Your question to ${learnerName}`}
                defaultValue={state.values?.question}
                errors={state.fieldErrors?.question}
                maxLength={REQUEST_LIMITS.question.max}
                rows={3}
              />
            )}
          </RequestForm>
        </section>
      )}
      <section aria-labelledby="decline-heading">
        <h3 id="decline-heading" className="font-medium">
          Decline
        </h3>
        <RequestForm action={declineRequestAction} requestId={requestId} label="Decline request" pendingLabel="Declining…" className={secondary}>
          {(state) => (
            <>
              <SelectField
                name="reason"
                label="Reason"
                options={[{ value: "", label: "Choose a reason" }, ...Object.entries(DECLINE_REASON_LABELS).map(([value, label]) => ({ value, label }))]}
                defaultValue={state.values?.reason}
                errors={state.fieldErrors?.reason}
              />
              <TextAreaField
                name="note"
                label="Note to the learner (optional)"
                defaultValue={state.values?.note}
                errors={state.fieldErrors?.note}
                maxLength={REQUEST_LIMITS.declineNote}
                rows={3}
              />
            </>
          )}
        </RequestForm>
      </section>
    </div>
  );
}

export function AnswerForm({ requestId }: { requestId: number }) {
  return (
    <RequestForm action={answerQuestionAction} requestId={requestId} label="Send answer" pendingLabel="Sending…">
      {(state) => <TextAreaField name="answer" label="Your answer" defaultValue={state.values?.answer} errors={state.fieldErrors?.answer} maxLength={REQUEST_LIMITS.answer.max} rows={4} />}
    </RequestForm>
  );
}

export function WithdrawForm({ requestId }: { requestId: number }) {
  return <RequestForm action={withdrawRequestAction} requestId={requestId} label="Withdraw request" pendingLabel="Withdrawing…" className={secondary} />;
}
