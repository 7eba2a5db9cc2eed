import { refreshToken } from "@/lib/content-refresh/token";
import { makeMentorship } from "@/lib/mentorships/space-test-fixtures";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { cacheCalls, nextAuthHandlers } from "@/lib/testing/action-harness";
import { route, type DelegatedScenario, type RouteScenario } from "../scenario";
import { addPlannedSession, MENTOR_PROFILE, value } from "../objects";
import { addNotification, member, type World } from "../world";

// Every exported method of every route handler. The read-only ones have rows
// too, so nothing is unlisted: "allowed" there means the answer was served
// (and was the actor's own where it is personal).

const json = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
};

const oneClick = ({ w }: { w: World }) => {
  const token = unsubscribeToken(w.owner.id, "request");
  return { url: `/api/unsubscribe/${token}`, params: { token }, body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) };
};
const emailsStopped = ({ w }: { w: World }) => value(w.db, "SELECT channel FROM notification_settings WHERE user_id = ? AND kind = 'request'", w.owner.id) === "app";
// Any other method answers 405 and does nothing: the rows prove no method but POST stops emails.
const notOneClick = route({ owner: "the member the unsubscribe link was made for", request: oneClick, done: emailsStopped });

const nextAuth = (method: "GET" | "POST"): DelegatedScenario => ({
  kind: "delegated",
  reason:
    "next-auth's own handler (CSRF, callbacks, session cookie). Our part of it, the credentials check, runs as authenticate() (lib/accounts/authenticate.test.ts) and through signInAction here; the row checks the route still exports exactly lib/auth/auth's handlers.",
  check: (r) => r.fn === nextAuthHandlers[method],
});

export const routeScenarios: Record<string, RouteScenario | DelegatedScenario> = {
  "app/account/export/route.ts#GET": route({
    owner: "the account itself (the route names no account: each member gets their own)",
    request: () => ({ url: "/account/export" }),
    done: ({ actor }, r) => r.status === 200 && actor !== null && (json(r.body) as { account?: { handle?: string } } | null)?.account?.handle === actor.handle,
  }),
  "app/api/auth/[...nextauth]/route.ts#GET": nextAuth("GET"),
  "app/api/auth/[...nextauth]/route.ts#POST": nextAuth("POST"),
  "app/api/health/route.ts#GET": route({
    owner: "no object: a learner",
    request: () => ({ url: "/api/health" }),
    done: (_, r) => r.status === 200 && (json(r.body) as { ok?: boolean } | null)?.ok === true,
  }),
  "app/api/me/route.ts#GET": route({
    owner: "the account itself",
    request: () => ({ url: "/api/me" }),
    done: ({ actor }, r) => r.status === 200 && ((json(r.body) as { user?: { handle?: string } | null } | null)?.user?.handle ?? null) === (actor?.handle ?? null),
  }),
  "app/api/revalidate/route.ts#POST": route({
    owner: "no object: a learner (the refresh token is the authority)",
    request: () => ({ url: "/api/revalidate", headers: { authorization: `Bearer ${refreshToken()}` } }),
    done: (_, r) => r.status === 200 && cacheCalls().some((c) => c.fn === "revalidatePath" && c.args[0] === "/"),
  }),
  "app/api/unsubscribe/[token]/route.ts#POST": route({ owner: "the member the unsubscribe link was made for", request: oneClick, done: emailsStopped }),
  "app/api/unsubscribe/[token]/route.ts#GET": notOneClick,
  "app/api/unsubscribe/[token]/route.ts#HEAD": notOneClick,
  "app/api/unsubscribe/[token]/route.ts#PUT": notOneClick,
  "app/api/unsubscribe/[token]/route.ts#PATCH": notOneClick,
  "app/api/unsubscribe/[token]/route.ts#DELETE": notOneClick,
  "app/api/unsubscribe/[token]/route.ts#OPTIONS": notOneClick,
  "app/feed.xml/route.ts#GET": route({
    owner: "no object: a learner",
    request: () => ({ url: "/feed.xml" }),
    done: (_, r) => r.status === 200 && r.body.includes("<rss"),
  }),
  "app/mentorships/[id]/next-session.ics/route.ts#GET": route({
    owner: "the learner of the mentorship with a planned session",
    prepare: (w) => {
      const carl = member(w.db, "carl", "mentor", MENTOR_PROFILE);
      const mentorshipId = makeMentorship(w.db, { learnerId: w.owner.id, mentorId: carl.id });
      addPlannedSession(w.db, { mentorshipId, createdBy: carl.id });
      return mentorshipId;
    },
    request: ({ data }) => ({ url: `/mentorships/${data}/next-session.ics`, params: { id: String(data) } }),
    done: (_, r) => r.status === 200 && r.body.startsWith("BEGIN:VCALENDAR"),
  }),
  "app/notifications/[id]/route.ts#GET": route({
    owner: "the member the notification is for",
    prepare: (w) => addNotification(w.db, w.owner.id, "/forum/t/1"),
    request: ({ data }) => ({ url: `/notifications/${data}`, params: { id: String(data) } }),
    done: ({ w, data }, r) => r.status === 303 && value(w.db, "SELECT read_at FROM notifications WHERE id = ?", data) !== null,
  }),
};
