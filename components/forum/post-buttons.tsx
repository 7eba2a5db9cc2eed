"use client";

import { useActionState } from "react";
import { deletePostAction, likeAction, markAnswerAction, unmarkAnswerAction, type ForumFormState } from "@/app/forum/actions";
import { idleState } from "@/lib/forms/form-state";

// The small forms under a post: each a button of its own, so they work with
// the keyboard and without JavaScript. A refusal shows beside the button.

const button =
  "rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm text-stone-700 hover:border-brand-600 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-wait disabled:opacity-60";

function Refusal({ state }: { state: ForumFormState }) {
  return state.status === "error" && state.message ? (
    <p role="status" className="mt-1 max-w-xs text-xs text-red-800">
      {state.message}
    </p>
  ) : null;
}

/** Like / Liked (aria-pressed) with the count. The form sends the state wanted, so a double click cannot undo itself. */
export function LikeButton({ postId, liked, count }: { postId: number; liked: boolean; count: number }) {
  const [state, action, pending] = useActionState<ForumFormState, FormData>(likeAction, idleState);
  return (
    <form action={action} className="inline-flex flex-col">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="liked" value={liked ? "false" : "true"} />
      <span className="inline-flex items-center gap-2">
        <button
          type="submit"
          aria-pressed={liked}
          disabled={pending}
          className={`${button} ${liked ? "border-brand-600 bg-brand-50 text-brand-900" : ""}`}
        >
          <span aria-hidden>{liked ? "♥ " : "♡ "}</span>
          {liked ? "Liked" : "Like"}
        </button>
        <LikeCount count={count} />
      </span>
      <Refusal state={state} />
    </form>
  );
}

export function LikeCount({ count }: { count: number }) {
  return <span className="text-sm text-stone-600 tabular-nums">{count === 1 ? "1 like" : `${count} likes`}</span>;
}

export function DeletePostButton({ postId }: { postId: number }) {
  const [state, action, pending] = useActionState<ForumFormState, FormData>(deletePostAction, idleState);
  return (
    <form action={action} className="inline-flex flex-col">
      <input type="hidden" name="postId" value={postId} />
      <button type="submit" disabled={pending} className={`${button} hover:border-red-700 hover:text-red-800`}>
        {pending ? "Deleting…" : "Delete post"}
      </button>
      <Refusal state={state} />
    </form>
  );
}

export function MarkAnswerButton({ postId }: { postId: number }) {
  const [state, action, pending] = useActionState<ForumFormState, FormData>(markAnswerAction, idleState);
  return (
    <form action={action} className="inline-flex flex-col">
      <input type="hidden" name="postId" value={postId} />
      <button type="submit" disabled={pending} className={button}>
        Mark as answer
      </button>
      <Refusal state={state} />
    </form>
  );
}

export function UnmarkAnswerButton({ threadId }: { threadId: number }) {
  const [state, action, pending] = useActionState<ForumFormState, FormData>(unmarkAnswerAction, idleState);
  return (
    <form action={action} className="inline-flex flex-col">
      <input type="hidden" name="threadId" value={threadId} />
      <button type="submit" disabled={pending} className={button}>
        Unmark answer
      </button>
      <Refusal state={state} />
    </form>
  );
}
