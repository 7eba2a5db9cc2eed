import { addAppeal, addFlag, addPost, addThread } from "@/lib/moderation/test-fixtures";
import { member, suspendUntil, type World } from "../world";
import { action, type ActionScenario } from "../scenario";
import { addArticle, exists, inAWeek, MENTOR_PROFILE, value } from "../objects";

// The forum, its moderation, and guidance articles. The owner wrote the
// thread, the post or the article; "cara" is someone else in the thread.

const BODY = "Here is what worked for our study group: one question each, every week.";

/** A thread by the owner: its opening post, and a reply by another member. */
function ownersThread(w: World) {
  const { threadId, openingPostId } = addThread(w.db, { authorId: w.owner.id });
  const cara = member(w.db, "cara");
  const replyId = addPost(w.db, { threadId, authorId: cara.id });
  return { threadId, postId: openingPostId, replyId };
}

export const forumScenarios: Record<string, ActionScenario> = {
  "app/forum/actions.ts#createThreadAction": action({
    owner: "no object: a learner",
    form: () => ({ categoryId: "1", title: "How do you keep a study group going?", body: BODY }),
    done: ({ w, actor }) => actor !== null && exists(w.db, "SELECT 1 FROM forum_threads WHERE author_id = ?", actor.id),
  }),
  "app/forum/actions.ts#replyAction": action({
    owner: "the thread's author",
    prepare: ownersThread,
    form: ({ data }) => ({ threadId: String(data.threadId), body: BODY }),
    done: ({ w, actor, data }) => actor !== null && exists(w.db, "SELECT 1 FROM forum_posts WHERE thread_id = ? AND author_id = ? AND body = ?", data.threadId, actor.id, BODY),
  }),
  "app/forum/actions.ts#editPostAction": action({
    owner: "the post's author",
    prepare: ownersThread,
    form: ({ data }) => ({ postId: String(data.postId), body: `Edited: ${BODY}` }),
    done: ({ w, data }) => value(w.db, "SELECT body FROM forum_posts WHERE id = ?", data.postId) === `Edited: ${BODY}`,
  }),
  "app/forum/actions.ts#deletePostAction": action({
    owner: "the post's author",
    prepare: ownersThread,
    form: ({ data }) => ({ postId: String(data.postId) }),
    done: ({ w, data }) => value(w.db, "SELECT deleted_at FROM forum_posts WHERE id = ?", data.postId) !== null,
  }),
  "app/forum/actions.ts#likeAction": action({
    owner: "the post's author",
    prepare: ownersThread,
    form: ({ data }) => ({ postId: String(data.postId), liked: "true" }),
    done: ({ w, actor, data }) => actor !== null && exists(w.db, "SELECT 1 FROM forum_post_likes WHERE post_id = ? AND user_id = ?", data.postId, actor.id),
  }),
  "app/forum/actions.ts#markAnswerAction": action({
    owner: "the thread's author (the reply is cara's)",
    prepare: ownersThread,
    form: ({ data }) => ({ postId: String(data.replyId) }),
    done: ({ w, data }) => value(w.db, "SELECT answer_post_id FROM forum_threads WHERE id = ?", data.threadId) === data.replyId,
  }),
  "app/forum/actions.ts#unmarkAnswerAction": action({
    owner: "the thread's author",
    prepare: (w) => {
      const t = ownersThread(w);
      w.db.$client.prepare("UPDATE forum_threads SET answer_post_id = ? WHERE id = ?").run(t.replyId, t.threadId);
      return t;
    },
    form: ({ data }) => ({ threadId: String(data.threadId) }),
    done: ({ w, data }) => value(w.db, "SELECT answer_post_id FROM forum_threads WHERE id = ?", data.threadId) === null,
  }),
  "app/moderation/actions.ts#flagPostAction": action({
    owner: "the post's author",
    prepare: ownersThread,
    form: ({ data }) => ({ postId: String(data.postId), reason: "spam", note: "" }),
    done: ({ w, actor, data }) => actor !== null && exists(w.db, "SELECT 1 FROM forum_flags WHERE post_id = ? AND flagger_id = ?", data.postId, actor.id),
  }),
  "app/moderation/actions.ts#postToolAction": action({
    owner: "the post's author (two members flagged it)",
    prepare: (w) => {
      const t = ownersThread(w);
      for (const handle of ["fay", "finn"]) addFlag(w.db, { postId: t.postId, flaggerId: member(w.db, handle).id });
      return t;
    },
    form: ({ data }) => ({ postId: String(data.postId), op: "hide", reason: "Spam links" }),
    done: ({ w, data }) => value(w.db, "SELECT hidden_at FROM forum_posts WHERE id = ?", data.postId) !== null,
  }),
  "app/moderation/actions.ts#threadToolAction": action({
    owner: "the thread's author",
    prepare: ownersThread,
    form: ({ data }) => ({ threadId: String(data.threadId), op: "pin", reason: "" }),
    done: ({ w, data }) => value(w.db, "SELECT pinned FROM forum_threads WHERE id = ?", data.threadId) === 1,
  }),
  "app/moderation/actions.ts#queueAction": action({
    owner: "the suspended member whose appeal is answered (lift)",
    prepare: (w) => {
      const until = inAWeek();
      suspendUntil(w.db, w.owner.id, until);
      return addAppeal(w.db, { userId: w.owner.id, suspendedUntil: until });
    },
    form: ({ data }) => ({ kind: "appeal", op: "lift", id: String(data), reason: "Quoting spam to warn others is fine.", page: "1" }),
    done: ({ w, data }) => value(w.db, "SELECT resolved_at FROM suspension_appeals WHERE id = ?", data) !== null && value(w.db, "SELECT suspended_until FROM users WHERE id = ?", w.owner.id) === null,
  }),
  "app/moderation/actions.ts#suspendAction": action({
    owner: "the member to suspend",
    form: ({ w }) => ({ userId: String(w.owner.id), handle: w.owner.handle, hours: "24", reason: "Spamming links" }),
    done: ({ w }) => value(w.db, "SELECT suspension_reason FROM users WHERE id = ?", w.owner.id) === "Spamming links",
  }),
  "app/moderation/actions.ts#liftSuspensionAction": action({
    owner: "the suspended member",
    prepare: (w) => suspendUntil(w.db, w.owner.id, inAWeek()),
    form: ({ w }) => ({ userId: String(w.owner.id), handle: w.owner.handle, liftReason: "" }),
    done: ({ w }) => value(w.db, "SELECT suspended_until FROM users WHERE id = ?", w.owner.id) === null,
  }),
  "app/moderation/actions.ts#addStaffNoteAction": action({
    owner: "the member the note is about",
    form: ({ w }) => ({ userId: String(w.owner.id), handle: w.owner.handle, body: "Watch this one." }),
    done: ({ w }) => exists(w.db, "SELECT 1 FROM staff_notes WHERE user_id = ?", w.owner.id),
  }),
  "app/moderation/articles/actions.ts#unpublishAction": action({
    owner: "the mentor who wrote the published article",
    ownerRole: "mentor",
    ownerProfile: MENTOR_PROFILE,
    prepare: (w) => addArticle(w.db, { authorId: w.owner.id, status: "published" }),
    form: ({ data }) => ({ articleId: String(data), reason: "Copied from another site." }),
    done: ({ w, data }) => value(w.db, "SELECT status FROM articles WHERE id = ?", data) === "unpublished",
  }),
  "app/write/actions.ts#saveGuidanceAction": action({
    owner: "the mentor who wrote the draft",
    ownerRole: "mentor",
    ownerProfile: MENTOR_PROFILE,
    prepare: (w) => addArticle(w.db, { authorId: w.owner.id, status: "draft" }),
    form: ({ data }) => ({
      id: String(data),
      title: "Running a peer study group",
      summary: "How to start a peer study group and keep it going for a whole term.",
      topic: "",
      body: "Start small: three to five people who meet every week at the same time, with one question each.",
      intent: "publish",
    }),
    done: ({ w, data }) => value(w.db, "SELECT status FROM articles WHERE id = ?", data) === "published",
  }),
};
