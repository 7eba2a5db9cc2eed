import { between, pick, streamRng, weighted, type Rng } from "./random";

// A made-up forum for local browsing and for benchmarks: generateForum() is
// pure and deterministic (same options, same threads, same posts), needs no
// database, and writes authors as indexes into a list of existing accounts
// (db/seed/insert-forum.ts maps them to user ids, oldest first) and times as
// seconds before the moment of seeding.
//
// - Exactly `threads` threads holding exactly `posts` posts, each thread's
//   opening post included: every thread has at least one, the rest are
//   shared out by a heavy-tailed weight (most threads are short, a few run
//   to hundreds of replies).
// - When the budget allows (posts ≥ threads + 199), the first thread is
//   "Benchmark: …" with exactly BENCHMARK_POSTS posts, spanning the year.
// - Threads number 1 to 6 of a forum (counted from the first thread ever
//   generated, see `firstThread`) are pinned, one per category.
// - Threads start in order over the past year (the first oldest), so ids
//   follow creation; posts within a thread strictly follow each other in
//   time, and the last one is never in the future.
// - Bodies are Markdown assembled from templates about mentorship, support
//   and learning: some with lists, quotes of the opening post, emphasis, or a
//   link (never more than two, so the new-account limit holds).
// - Authors lean towards the oldest accounts (index ⌊n·u²⌋): demo accounts
//   and mentors come first in the seed, so they post most, as regulars do.

export const FORUM_CATEGORY_SLUGS = ["mentorship", "support-networks", "learning-communities", "career-growth", "introductions", "site-feedback"] as const;
export type ForumCategorySlug = (typeof FORUM_CATEGORY_SLUGS)[number];

export const BENCHMARK_TITLE_PREFIX = "Benchmark: ";
export const BENCHMARK_POSTS = 200;
/** Threads start within this many seconds before the seeding. */
export const FORUM_SPAN_SECONDS = 365 * 24 * 3600;

const MINUTE = 60;
const HOUR = 3600;
/** The newest thread starts at least this long before the seeding, to leave room for its replies. */
const NEWEST_THREAD_AGO = 2 * HOUR;

export type GeneratedPost = {
  /** Index into the accounts that may write (0 = the oldest). */
  authorIndex: number;
  body: string;
  /** Seconds before the seeding. */
  ago: number;
};

export type GeneratedThread = {
  category: ForumCategorySlug;
  title: string;
  pinned: boolean;
  /** The opening post's author. */
  authorIndex: number;
  /** The opening post's `ago`. */
  createdAgo: number;
  /** The last post's `ago`. */
  lastPostAgo: number;
  postCount: number;
  /** In time order; the first is the opening post. */
  posts: GeneratedPost[];
};

export type ForumOptions = {
  threads: number;
  /** Posts in all, each thread's opening post included: at least `threads` when there are threads. */
  posts: number;
  seed?: number;
  /** How many accounts may write: authors are indexes from 0 to authorCount − 1. */
  authorCount: number;
  /**
   * Number of the first thread generated (default 0): a top-up passes how
   * many threads the forum has, so its threads draw new titles and bodies
   * instead of repeating those of the first run.
   */
  firstThread?: number;
  /** Whether the first thread may be the 200-post "Benchmark: …" one (default true). */
  benchmark?: boolean;
};

const SIZE_SALT = 11;
const THREAD_SALT = 12;

// ---------------------------------------------------------------- vocabulary

const FIELDS = [
  "software engineering",
  "UX design",
  "data analysis",
  "nursing",
  "teaching",
  "product management",
  "marketing",
  "accounting",
  "cybersecurity",
  "research",
  "civil engineering",
  "journalism",
  "public health",
  "finance",
  "customer support",
  "graphic design",
];

const DURATIONS = ["two weeks", "a month", "three months", "six months", "a year", "two years"];

const CITIES = ["Lagos", "São Paulo", "Manila", "Berlin", "Toronto", "Nairobi", "Mumbai", "Mexico City", "Jakarta", "Cairo", "Melbourne", "Seoul", "Lisbon", "Bogotá", "Warsaw", "Hanoi", "Accra", "Madrid", "Chicago", "Karachi"];

const TOPICS: Record<ForumCategorySlug, readonly string[]> = {
  mentorship: [
    "setting goals for the first three months",
    "giving honest feedback",
    "preparing for sessions",
    "keeping sessions on track",
    "ending a mentorship well",
    "mentoring across time zones",
    "asking better questions",
    "finding a mentor who fits",
    "being mentored by someone younger",
    "mentoring for the first time",
    "staying in touch between sessions",
  ],
  "support-networks": [
    "imposter syndrome",
    "burnout",
    "a layoff",
    "rejection after interviews",
    "feeling isolated while working remotely",
    "balancing study with a full-time job",
    "being the only person like me on my team",
    "returning to work after a long break",
    "self-doubt before a big presentation",
    "caring for family while studying",
  ],
  "learning-communities": [
    "SQL",
    "public speaking",
    "data visualization",
    "system design",
    "UX research",
    "Python",
    "statistics",
    "writing for the web",
    "project management",
    "Spanish for work",
    "accessibility",
    "machine learning basics",
  ],
  "career-growth": [
    "salary negotiation",
    "making a promotion case",
    "changing careers",
    "the first 90 days in a new role",
    "moving into management",
    "building a portfolio",
    "technical interviews",
    "asking for a raise",
    "going freelance",
    "choosing between two offers",
  ],
  introductions: ["finding a mentor", "meeting people in my field", "learning in public", "giving back as a mentor", "changing careers", "joining a study group"],
  "site-feedback": [
    "a dark mode",
    "email digests of new replies",
    "saving threads to read later",
    "filtering mentors by language",
    "a calendar view for sessions",
    "a notification when someone quotes me",
    "better search for old threads",
    "exporting my session notes",
  ],
};

const CATEGORY_WEIGHTS: readonly { slug: ForumCategorySlug; weight: number }[] = [
  { slug: "mentorship", weight: 30 },
  { slug: "support-networks", weight: 15 },
  { slug: "learning-communities", weight: 20 },
  { slug: "career-growth", weight: 20 },
  { slug: "introductions", weight: 10 },
  { slug: "site-feedback", weight: 5 },
];
const pickCategory = weighted(CATEGORY_WEIGHTS);

const ADVICE = [
  "writing down one question before every session",
  "agreeing on a goal for the next three months",
  "asking for feedback on one specific thing at a time",
  "blocking a fixed slot in the calendar",
  "keeping sessions short but regular",
  "sending a short summary after every call",
  "saying out loud what I need from the other person",
  "finding a peer who is one step ahead of me",
  "keeping a small list of wins to look back on",
  "turning big goals into weekly experiments",
  "practising out loud with a friend",
  "asking my mentor how they would do it",
  "teaching what I learn to someone else",
  "taking a proper break when I notice the signs",
  "joining a study group that meets at the same time every week",
  "saying no to one thing so I could say yes to this",
];

const TRIED = [
  "reading a couple of books on it",
  "asking a colleague for advice",
  "keeping a journal at the end of each week",
  "setting a fixed time in my calendar",
  "going to a local meetup",
  "watching recorded conference talks",
  "talking it through with my manager",
  "writing down my goals for the quarter",
  "taking an online course",
  "practising with a friend",
];

// ------------------------------------------------------------------ helpers

type Ctx = { rng: Rng; category: ForumCategorySlug; topic: string; field: string; duration: string; years: number; city: string };
type Template = (c: Ctx) => string;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Up to `count` distinct items of a small pool. */
function some<T>(rng: Rng, pool: readonly T[], count: number): T[] {
  const out: T[] = [];
  for (let guard = 0; out.length < Math.min(count, pool.length) && guard < 64; guard++) {
    const item = pick(rng, pool);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

const bullets = (items: readonly string[]) => items.map((item) => `- ${cap(item)}`).join("\n");
const numbered = (items: readonly string[]) => items.map((item, i) => `${i + 1}. ${cap(item)}`).join("\n");

// -------------------------------------------------------------------- titles

const TITLES: Record<ForumCategorySlug, readonly Template[]> = {
  mentorship: [
    () => "How do you prepare for a first session with a new mentor?",
    (c) => `Looking for a mentor in ${c.field}`,
    () => "What made your best mentor so good?",
    () => "How often do you meet with your mentor?",
    (c) => `Mentor question: ${c.topic}`,
    () => "Is it okay to end a mentorship that isn't working?",
    (c) => `How do I bring up ${c.topic} with my mentor?`,
    () => "Setting goals with a mentee: what works for you?",
    (c) => `${cap(c.duration)} of mentorship in ${c.field}: what I learned`,
    (c) => `Advice on ${c.topic}?`,
  ],
  "support-networks": [
    (c) => `Feeling stuck with ${c.topic}`,
    () => "How do you build a support network outside work?",
    (c) => `Anyone else dealing with ${c.topic} right now?`,
    () => "Small wins: share something that went well this week",
    (c) => `Peer support for people in ${c.field}?`,
    () => "How do you ask for help without feeling like a burden?",
    (c) => `${cap(c.topic)}: how did you get through it?`,
  ],
  "learning-communities": [
    (c) => `Study group for ${c.topic}: who's in?`,
    (c) => `Learning ${c.topic} in public, week ${between(c.rng, 2, 30)}`,
    (c) => `Best way to learn ${c.topic} after work?`,
    (c) => `Looking for an accountability partner (${c.topic})`,
    () => "Book club: what should we read next?",
    () => "How do you keep a study group going past the first month?",
    (c) => `Resources for getting started with ${c.topic}`,
  ],
  "career-growth": [
    (c) => `Moving into ${c.field} after ${c.years} years elsewhere`,
    () => "How did you negotiate your first raise?",
    (c) => `Preparing for ${c.topic}`,
    (c) => `Is a certification worth it in ${c.field}?`,
    () => "First 90 days in a new role: advice?",
    (c) => `How do you talk about ${c.topic} in an interview?`,
    (c) => `${cap(c.topic)} in ${c.field}: lessons learned`,
  ],
  introductions: [
    (c) => `Hello from ${c.city}!`,
    (c) => `New here: working in ${c.field}, interested in ${c.topic}`,
    (c) => `Hi everyone, ${c.field} person from ${c.city}`,
    (c) => `Finally joined after lurking for ${c.duration}`,
  ],
  "site-feedback": [
    (c) => `Feature idea: ${c.topic}`,
    (c) => `Could we have ${c.topic}?`,
    () => "Thank you for the mentor matching",
    () => "Small bug: the page jumps when I open a long thread",
    () => "Search doesn't find posts with accents?",
  ],
};

// ------------------------------------------------------------ opening posts

const OPENERS: Record<ForumCategorySlug, readonly Template[]> = {
  mentorship: [
    (c) => `I've been meeting my mentor for ${c.duration} and I'm not sure we're making progress on ${c.topic}.`,
    (c) => `Next week I start mentoring someone for the first time, and ${c.topic} is what they asked for help with.`,
    (c) => `My mentor and I work in very different corners of ${c.field}, which is great, but ${c.topic} keeps coming up.`,
    (c) => `I finally found a mentor through the directory, and our first session is about ${c.topic}.`,
    (c) => `I've mentored a few people in ${c.field} and I keep getting better at everything except ${c.topic}.`,
  ],
  "support-networks": [
    (c) => `I don't usually post, but ${c.topic} has been hard for me lately.`,
    (c) => `This is a bit personal: I've been dealing with ${c.topic} for ${c.duration} now.`,
    (c) => `Does anyone else in ${c.field} struggle with ${c.topic}?`,
    (c) => `A friend suggested I ask here: how do you cope with ${c.topic}?`,
  ],
  "learning-communities": [
    (c) => `A few of us want to learn ${c.topic} together over the next ${c.duration}.`,
    (c) => `I've been learning ${c.topic} on my own for ${c.duration} and it's slow going.`,
    (c) => `Our study group for ${c.topic} has met every week for ${c.duration} now.`,
    (c) => `I'm teaching myself ${c.topic} after work and looking for people at the same stage.`,
  ],
  "career-growth": [
    (c) => `After ${c.years} years in ${c.field}, I'm thinking seriously about ${c.topic}.`,
    (c) => `I have a conversation with my manager next month about ${c.topic}.`,
    (c) => `I've read a lot about ${c.topic}, but most of it assumes you already know people in ${c.field}.`,
  ],
  introductions: [
    (c) => `Hi all! I'm based in ${c.city} and I work in ${c.field}.`,
    (c) => `Hello from ${c.city}! I've been lurking for ${c.duration} and finally made an account.`,
    (c) => `Hi everyone, I'm fairly new to ${c.field} and I joined for ${c.topic}.`,
  ],
  "site-feedback": [
    () => "First of all, thanks for building this: it's been really useful.",
    (c) => `Small suggestion from a regular: ${c.topic}.`,
    (c) => `I'd love to see ${c.topic} on the site.`,
  ],
};

const DETAILS: readonly Template[] = [
  () => "So far we've mostly talked about goals, but I'd like our sessions to be more concrete. I don't want to waste anyone's time, and I don't want to pretend everything is fine either.",
  (c) => `For context, I've been in ${c.field} for ${c.years} years, mostly in small teams where nobody had time to show me the ropes.`,
  () => "What makes it harder is that I work full time and can only spare a few hours a week.",
  () => "I know there's no single right answer, but hearing how others did it would help a lot.",
  () => "I've noticed I put it off whenever things get busy at work, and then feel _guilty_ about it.",
  () => "The people around me are supportive, but none of them have been through this themselves.",
  (c) => `Most of the advice I find online is written for people in big companies, and ${c.field} where I live looks very different.`,
  () => "I'm happy to put in the work. I just want to be sure it's the **right** work.",
];

const ASKS: readonly Template[] = [
  () => "Any advice is welcome!",
  () => "How did you handle it?",
  () => "What would you do in my place?",
  () => "Thanks in advance, and sorry for the long post.",
  (c) => `If you've been through ${c.topic}, I'd love to hear what worked for you.`,
  () => "Happy to share what I learn in return.",
];

const INTRO_MORE: readonly Template[] = [
  (c) => `I'm here mostly for ${c.topic}, but I'm just as happy to help where I can.`,
  () => "Outside work I run, cook badly and read too many newsletters.",
  (c) => `If anyone else is in ${c.city}, say hi: it would be great to meet people nearby.`,
  () => "Looking forward to learning from all of you.",
];

const FEEDBACK_MORE: readonly Template[] = [
  (c) => `It would make ${c.topic === "a dark mode" ? "reading late at night" : "keeping up with the forum"} much easier, at least for me.`,
  () => "Steps to see it: open a thread with a few pages of replies, scroll to the bottom, then use the browser's back button.",
  () => "Not urgent at all, just something I noticed. Keep up the good work!",
  () => "I'm on a phone most of the time, if that matters.",
];

function openingPost(c: Ctx): { body: string; quote: string } {
  const { rng, category } = c;
  const first = pick(rng, OPENERS[category])(c);
  const parts = [first];
  if (category === "introductions") {
    parts.push(some(rng, INTRO_MORE, between(rng, 1, 2)).map((t) => t(c)).join(" "));
  } else if (category === "site-feedback") {
    parts.push(pick(rng, FEEDBACK_MORE)(c));
  } else {
    parts[0] += ` ${pick(rng, DETAILS)(c)}`;
    if (rng() < 0.5) parts.push(pick(rng, DETAILS)(c));
    if (rng() < 0.3) parts.push(`What I've tried so far:\n\n${bullets(some(rng, TRIED, between(rng, 2, 4)))}`);
    parts.push(pick(rng, ASKS)(c));
  }
  return { body: parts.join("\n\n"), quote: first };
}

// ------------------------------------------------------------------- replies

const REPLY_OPENERS: readonly Template[] = [
  () => "Thanks for posting this.",
  () => "I went through almost exactly this last year.",
  () => "Great question, and you're definitely not alone.",
  () => "Speaking as a mentor, this comes up a lot.",
  () => "This resonates a lot.",
  (c) => `Not an expert in ${c.field}, but here's my two cents.`,
  () => "Agree with what's been said above.",
  () => "I was in the same spot not long ago.",
  () => "Some advice from someone who got it wrong first:",
];

const REPLY_POINTS: readonly Template[] = [
  (c) => `What helped me most with ${c.topic} was ${pick(c.rng, ADVICE)}.`,
  (c) => `My mentor suggested ${pick(c.rng, ADVICE)}, and it made a real difference within ${pick(c.rng, DURATIONS)}.`,
  (c) => `Honestly, **${pick(c.rng, ADVICE)}** sounds small, but it changed how I approach ${c.topic}.`,
  (c) => `I'd start with ${pick(c.rng, ADVICE)}. Everything else got easier after that.`,
  (c) => `Be patient with yourself: it took me ${pick(c.rng, DURATIONS)} before ${c.topic} stopped feeling overwhelming.`,
  (c) => `In ${c.field} this comes up all the time, and the people who handle it well are usually the ones who ask for help early.`,
  (c) => `One thing I wish someone had told me: you don't have to figure out ${c.topic} _alone_.`,
  () => "A good mentor won't judge you for not knowing something. That's the whole point of having one.",
  () => "Support networks don't have to be formal. Mine is three friends and a group chat, and it has carried me through two job changes.",
  () => "Learning with other people is slower at first and much faster later, in my experience.",
];

const REPLY_CLOSERS = ["Good luck, and let us know how it goes!", "Happy to chat more if it helps.", "You're doing better than you think.", "Keep us posted!", "Rooting for you.", "Hope this helps."];

const ONE_LINERS: readonly Template[] = [
  () => "Same here, following this thread.",
  () => "Thank you, this helped me a lot.",
  () => "Bookmarking this: great advice all round.",
  () => "+1, I'd love to know too.",
  (c) => `This is the most useful thread about ${c.topic} I've read.`,
  () => "Thanks everyone, I'll try this and report back.",
];

const LINKS: readonly Template[] = [
  () => "The [mentor directory](/mentors) lets you filter by language and time zone, which is how I found mine.",
  () => "There's a good guide on this in [the articles section](/articles).",
  (c) => `I wrote up my notes here: [notes on ${c.topic}](https://www.example.org/notes/${slug(c.topic)}).`,
  () => "This [goal-setting worksheet](https://www.example.org/worksheets/mentoring-goals) is what my mentor and I use.",
  () => "You could also try [the match page](/match) to see who fits your goals.",
];

const OP_UPDATES: readonly Template[] = [
  (c) => `Update: I tried ${pick(c.rng, ADVICE)} this week and it went better than I expected.`,
  (c) => `Thank you all. I'm going to start with ${pick(c.rng, ADVICE)} and see how it goes.`,
  (c) => `Really appreciate these replies. ${cap(pick(c.rng, ADVICE))} is something I hadn't thought of.`,
  () => "Quick follow-up for anyone who finds this later: it worked out. Thanks again, everyone.",
];

function reply(c: Ctx, quote: string, byOpener: boolean): string {
  const { rng } = c;
  if (byOpener) return pick(rng, OP_UPDATES)(c);
  const x = rng();
  if (x < 0.12) return pick(rng, ONE_LINERS)(c);
  const parts: string[] = [];
  if (x < 0.22) parts.push(`> ${quote}`);
  let first = rng() < 0.6 ? `${pick(rng, REPLY_OPENERS)(c)} ${pick(rng, REPLY_POINTS)(c)}` : pick(rng, REPLY_POINTS)(c);
  if (rng() < 0.35) first += ` ${pick(rng, REPLY_POINTS)(c)}`;
  parts.push(first);
  if (rng() < 0.18) parts.push(`A few things that worked for me:\n\n${numbered(some(rng, ADVICE, between(rng, 2, 4)))}`);
  if (rng() < 0.08) parts.push(pick(rng, LINKS)(c));
  if (rng() < 0.5) parts.push(pick(rng, REPLY_CLOSERS));
  return parts.join("\n\n");
}

// ------------------------------------------------------- pinned and benchmark

const PINNED: Record<ForumCategorySlug, { title: string; body: string }> = {
  mentorship: {
    title: "Start here: how mentorship works on this site",
    body: `Welcome to the mentorship category! This is the place to talk about finding a mentor, being one, and making the most of the time together.

A few things that make mentorships work:

1. **Agree on a goal.** Something you can look back on in three months.
2. **Meet regularly.** Short and regular beats long and rare.
3. **Say what you need.** Your mentor can't read your mind.

Looking for someone? Start with the [mentor directory](/mentors) or the [match page](/match).`,
  },
  "support-networks": {
    title: "Please read: looking after each other in this category",
    body: `People share hard things here: layoffs, burnout, self-doubt. Please reply with kindness, or not at all.

- Listen first, advise second.
- Don't diagnose anyone.
- If someone is in danger, contact local emergency services.

> Nobody gets through a career alone.

Thank you for making this a safe place.`,
  },
  "learning-communities": {
    title: "Study groups and cohorts: how to start one",
    body: `Want to learn something with other people? Post a thread with:

- **What** you want to learn, and how deep;
- **When** you can meet (with your time zone);
- **How long** you want to keep going.

Groups that agree on a small weekly goal last much longer than groups that don't. Our [articles](/articles) have a few ready-made study plans.`,
  },
  "career-growth": {
    title: "Career growth: posting guidelines and useful resources",
    body: `Ask about promotions, job changes, negotiation and the long view.

Please include your field and roughly how far into your career you are: the advice for a first job and for a tenth year is very different.

No recruiting posts, please: job offers belong elsewhere.`,
  },
  introductions: {
    title: "Welcome! Introduce yourself here",
    body: `New here? Say hello! Tell us:

1. Where you are and what you do;
2. What brings you here: finding a mentor, mentoring, or learning with others;
3. One thing you'd like to get better at this year.

We're glad you're here.`,
  },
  "site-feedback": {
    title: "How to report a bug or suggest a feature",
    body: `Found something broken? Please tell us **what you did**, **what you expected** and **what happened instead**, plus your browser.

For ideas, one thread per idea makes them easier to discuss. We read everything, even when we can't reply to everything.`,
  },
};

const BENCHMARK_TITLE = `${BENCHMARK_TITLE_PREFIX}what makes a mentorship work, one year of stories`;
const BENCHMARK_BODY = `Let's keep one long thread where everyone shares what made a mentorship work for them, or what made it fail.

I'll start: my first mentor and I met every two weeks for a year. What made it work was **agreeing on one goal** at the start and writing a short summary after every call.

Add your story below, whichever side you were on.`;

// --------------------------------------------------------------- the forum

type Plan = { counts: Uint32Array; benchmark: boolean };

/** How many posts each thread gets: at least one each, BENCHMARK_POSTS for the benchmark thread, the rest by weight, totalling exactly `posts`. */
function planSizes(seed: number, threads: number, posts: number, firstThread: number, benchmarkAllowed: boolean): Plan {
  const counts = new Uint32Array(threads).fill(1);
  // The other threads need a post each, and a lone thread must use up the budget.
  const benchmark = benchmarkAllowed && (threads > 1 ? posts - (threads - 1) >= BENCHMARK_POSTS : posts === BENCHMARK_POSTS && threads === 1);
  const from = benchmark ? 1 : 0;
  if (benchmark) counts[0] = BENCHMARK_POSTS;
  const extra = posts - (threads - from) - (benchmark ? BENCHMARK_POSTS : 0);
  if (extra <= 0 || threads === from) return { counts, benchmark };

  // Heavy-tailed weights: an exponential draw to the power 1.6, plus a floor.
  const weights = new Float64Array(threads);
  let total = 0;
  for (let i = from; i < threads; i++) {
    const u = streamRng(seed, SIZE_SALT, firstThread + i)();
    total += weights[i] = 0.15 + (-Math.log(1 - u)) ** 1.6;
  }
  // Largest remainder: floors first, then one more to the biggest fractions.
  const fractions: number[] = [];
  let given = 0;
  for (let i = from; i < threads; i++) {
    const share = (extra * weights[i]!) / total;
    const whole = Math.floor(share);
    counts[i]! += whole;
    given += whole;
    fractions.push(i);
    weights[i] = share - whole;
  }
  fractions.sort((a, b) => weights[b]! - weights[a]! || a - b);
  for (let k = 0; k < extra - given; k++) counts[fractions[k]!]! += 1;
  return { counts, benchmark };
}

/** `count` strictly decreasing `ago`s from `createdAgo`, none below 0 unless there are more posts than seconds. */
function postTimes(rng: Rng, createdAgo: number, count: number, longRunning: boolean): number[] {
  const times = [createdAgo];
  if (count === 1) return times;
  const room = createdAgo - MINUTE;
  // Replies come every 15 minutes to a day on average, and stop before now.
  const meanGap = Math.exp(Math.log(15 * MINUTE) + rng() * Math.log(96));
  const span = longRunning ? createdAgo - between(rng, HOUR, 6 * HOUR) : Math.min(room, (count - 1) * meanGap);
  const gaps: number[] = [];
  let sum = 0;
  for (let k = 1; k < count; k++) gaps.push((sum += -Math.log(1 - rng())));
  for (let k = 1; k < count; k++) {
    const at = createdAgo - Math.round((span * gaps[k - 1]!) / sum);
    times.push(Math.max(0, Math.min(at, times[k - 1]! - 1)));
  }
  return times;
}

function validate({ threads, posts, authorCount, firstThread = 0 }: ForumOptions): void {
  for (const [name, value] of [["threads", threads], ["posts", posts], ["firstThread", firstThread]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, not ${value}.`);
  }
  if (threads > 0 && posts < threads) throw new RangeError(`${posts} posts cannot fill ${threads} threads: each needs its opening post.`);
  if (threads === 0 && posts > 0) throw new RangeError(`${posts} posts need threads to go in.`);
  if (threads > 0 && !(Number.isSafeInteger(authorCount) && authorCount > 0)) throw new RangeError(`A forum needs at least one author, not ${authorCount}.`);
}

/**
 * The forum's threads one at a time, in order (the first oldest), so a
 * large forum can be written without holding all its posts at once.
 */
export function* forumThreads(options: ForumOptions): Generator<GeneratedThread> {
  validate(options);
  const { threads, posts, seed = 42, authorCount, firstThread = 0, benchmark = true } = options;
  const plan = planSizes(seed, threads, posts, firstThread, benchmark);
  // Regulars post most: the oldest accounts (demo accounts, then mentors) lean in.
  const author = (rng: Rng) => Math.min(authorCount - 1, Math.floor(authorCount * rng() ** 2));

  for (let i = 0; i < threads; i++) {
    const n = firstThread + i;
    const rng = streamRng(seed, THREAD_SALT, n);
    const count = plan.counts[i]!;
    const isBenchmark = plan.benchmark && i === 0;
    const pinned = !isBenchmark && n >= 1 && n <= FORUM_CATEGORY_SLUGS.length;
    // Thread i starts within slot i of the year: ids follow creation.
    const createdAgo = Math.round(NEWEST_THREAD_AGO + (FORUM_SPAN_SECONDS - NEWEST_THREAD_AGO) * (1 - (i + 0.1 + 0.8 * rng()) / threads));

    const category: ForumCategorySlug = isBenchmark ? "mentorship" : pinned ? FORUM_CATEGORY_SLUGS[n - 1]! : pickCategory(rng).slug;
    const c: Ctx = {
      rng,
      category,
      topic: isBenchmark ? "what makes a mentorship work" : pick(rng, TOPICS[category]),
      field: pick(rng, FIELDS),
      duration: pick(rng, DURATIONS),
      years: between(rng, 2, 15),
      city: pick(rng, CITIES),
    };
    let title: string;
    let opening: { body: string; quote: string };
    if (isBenchmark) {
      title = BENCHMARK_TITLE;
      opening = { body: BENCHMARK_BODY, quote: "What made it work was agreeing on one goal at the start." };
    } else if (pinned) {
      ({ title } = PINNED[category]);
      opening = { body: PINNED[category].body, quote: PINNED[category].body.split("\n")[0]! };
    } else {
      title = pick(rng, TITLES[category])(c);
      opening = openingPost(c);
    }

    const opener = author(rng);
    const times = postTimes(rng, createdAgo, count, isBenchmark);
    const threadPosts: GeneratedPost[] = [{ authorIndex: opener, body: opening.body, ago: times[0]! }];
    let previous = opener;
    for (let k = 1; k < count; k++) {
      let by = rng() < 0.12 ? opener : author(rng);
      if (by === previous) by = author(rng);
      threadPosts.push({ authorIndex: by, body: reply(c, opening.quote, by === opener), ago: times[k]! });
      previous = by;
    }
    yield { category, title, pinned, authorIndex: opener, createdAgo, lastPostAgo: times[count - 1]!, postCount: count, posts: threadPosts };
  }
}

/** The whole forum at once: the same threads as forumThreads(), as an array. */
export function generateForum(options: ForumOptions): GeneratedThread[] {
  return Array.from(forumThreads(options));
}
