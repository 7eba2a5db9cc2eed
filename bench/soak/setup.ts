// Before the writers start: who writes what, everyone signed in, and the
// mentorships the message writers need, made through the app's own pages
// (a learner's request, the mentor's "Accept request") so setup exercises
// the same forms and leaves the same rows a person would.
import Database from "better-sqlite3";
import { Browser, findForm } from "./browser";

export const PASSWORD = "tandem-demo-password";

export interface Member {
  id: number;
  email: string;
  handle: string;
  role: string;
  capacity: number;
  /** Published and accepting mentees: can be asked. */
  askable: boolean;
}

export interface Community {
  mentors: Member[];
  learners: Member[];
  /** Threads anyone may reply to: visible, not locked, no slow mode. */
  threadIds: number[];
}

/** The seeded community (member-N@example.com) and the open threads, read before the server starts. */
export function readCommunity(databasePath: string): Community {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const members = db
      .prepare(
        `SELECT u.id, u.email, u.handle, u.role, coalesce(p.capacity, 0) AS capacity,
                coalesce(p.mentor_published, 0) AND coalesce(p.accepting_mentees, 0) AS askable
         FROM users u LEFT JOIN profiles p ON p.user_id = u.id
         WHERE u.email LIKE 'member-%@example.com' AND u.suspended_until IS NULL
         ORDER BY u.id`,
      )
      .all() as (Omit<Member, "askable"> & { askable: number })[];
    const threadIds = (
      db
        .prepare(`SELECT id FROM forum_threads WHERE hidden_at IS NULL AND deleted_at IS NULL AND locked = 0 AND slow_mode_minutes IS NULL ORDER BY id`)
        .all() as { id: number }[]
    ).map((t) => t.id);
    const all = members.map((m) => ({ ...m, askable: m.askable === 1 }));
    return { mentors: all.filter((m) => m.role === "mentor"), learners: all.filter((m) => m.role === "learner"), threadIds };
  } finally {
    db.close();
  }
}

export interface Plan {
  forumWriters: number;
  /** Mentorships to create: learner asks, mentor accepts. */
  pairs: { learner: Member; mentor: Member }[];
  /** Message writer i writes in pairs[pair] as the learner or the mentor. */
  messageWriters: { pair: number; side: "learner" | "mentor" }[];
  /** Request writer j is a learner asking these mentors (handles) in turn. */
  requestWriters: { learner: Member; mentors: string[] }[];
}

/**
 * The mix: 40% forum replies, 40% mentorship messages, 20% requests. Message
 * writers come two to a mentorship (learner and mentor, each with a
 * mentor who keeps a free place); request writers are other learners, one
 * each while there are enough, asking the mentors who still have a place.
 */
export function planWriters(community: Community, writers: number): Plan {
  const forumWriters = Math.round(writers * 0.4);
  const messageCount = Math.round(writers * 0.4);
  const requestCount = writers - forumWriters - messageCount;
  const { learners } = community;
  // Mentors with room: the mentorship made here leaves them at least one place for the request writers.
  const roomy = community.mentors.filter((m) => m.askable && m.capacity >= 2).toSorted((a, b) => b.capacity - a.capacity || a.id - b.id);
  const taken = new Map<number, number>();
  const reserveForRequests = Math.min(requestCount, Math.floor(learners.length / 3));
  const pairCount = Math.min(Math.ceil(messageCount / 2), learners.length - Math.max(1, reserveForRequests), roomy.length * 4);
  if (messageCount > 0 && pairCount < 1) throw new Error("not enough learners and mentors in the seed for message writers");
  const pairs: Plan["pairs"] = [];
  for (let i = 0; pairs.length < pairCount && i < pairCount * roomy.length; i++) {
    const mentor = roomy[i % roomy.length]!;
    if ((taken.get(mentor.id) ?? 0) >= mentor.capacity - 1) continue;
    taken.set(mentor.id, (taken.get(mentor.id) ?? 0) + 1);
    pairs.push({ learner: learners[pairs.length]!, mentor });
  }
  const messageWriters = Array.from({ length: messageCount }, (_, i) => ({ pair: i % pairs.length, side: (Math.floor(i / pairs.length) % 2 === 0 ? "learner" : "mentor") as "learner" | "mentor" }));
  const askable = community.mentors.filter((m) => m.askable && m.capacity > (taken.get(m.id) ?? 0)).map((m) => m.handle);
  const spare = learners.slice(pairs.length);
  if (requestCount > 0 && (spare.length === 0 || askable.length === 0)) throw new Error("not enough learners or mentors with a free place for request writers");
  const requestWriters = Array.from({ length: requestCount }, (_, j) => ({ learner: spare[j % spare.length]!, mentors: [...askable] }));
  return { forumWriters, pairs, messageWriters, requestWriters };
}

/** Runs `task` over `items`, `parallel` at a time, in order of start. */
export async function inBatches<T, R>(items: T[], parallel: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(parallel, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Every member signed in once (scrypt costs ~0.4 s a sign-in, so a few at
 * a time on two cores); the browsers, by email, keep the session cookies for
 * the whole run.
 */
export async function signInAll(origin: string, members: Member[]): Promise<Map<string, Browser>> {
  const browsers = new Map<string, Browser>();
  await inBatches(members, 3, async (m) => {
    const browser = new Browser(origin, m.email);
    await browser.signIn(PASSWORD);
    browsers.set(m.email, browser);
  });
  return browsers;
}

/** A mentorship through the pages: the learner's "Send request", then the mentor's "Accept request". Returns its id. */
export async function makeMentorship(learner: Browser, mentor: Browser, mentorHandle: string, note: string): Promise<number> {
  const requestPath = `/u/${mentorHandle}/request`;
  const page = await learner.get(requestPath);
  const form = page.status === 200 ? findForm(page.body, "Send request") : null;
  if (!form) throw new Error(`setup: GET ${requestPath} as ${learner.email} answered ${page.status} without the "Send request" form`);
  const sent = await learner.submit(requestPath, form, { message: `Soak setup (${note}): a mentorship for the message writers.`, otherGoals: "Practise for the soak test" });
  const requestId = sent.status === 303 ? /^\/requests\/(\d+)\?sent=1$/.exec(sent.location ?? "")?.[1] : undefined;
  if (!requestId) throw new Error(`setup: sending a request to ${mentorHandle} as ${learner.email} answered ${sent.status}${sent.location ? ` to ${sent.location}` : ""}`);

  const decisionPath = `/requests/${requestId}`;
  const decision = await mentor.get(decisionPath);
  const accept = decision.status === 200 ? findForm(decision.body, "Accept request") : null;
  if (!accept) throw new Error(`setup: GET ${decisionPath} as ${mentor.email} answered ${decision.status} without the "Accept request" form`);
  const accepted = await mentor.submit(decisionPath, accept, {});
  const mentorshipId = accepted.status === 303 ? /^\/mentorships\/(\d+)\?started=1$/.exec(accepted.location ?? "")?.[1] : undefined;
  if (!mentorshipId) throw new Error(`setup: accepting request ${requestId} as ${mentor.email} answered ${accepted.status}${accepted.location ? ` to ${accepted.location}` : ""}`);
  return Number(mentorshipId);
}
