// The writers: each loops until the deadline, loading a form page as a
// browser with scripting off would and posting the form back with a unique
// marker in its text. What counts as acknowledged, per kind:
//
//   forum reply  303 to /forum/t/<thread>[?page=N]#post-<id>   (replyAction's redirect)
//   request      303 to /requests/<id>?sent=1                   (sendRequestAction's redirect)
//   message      303 to /mentorships/<id>?sent=message#message-<id> (sendMessageAction's redirect)
//   withdrawal   303 to /requests/<id>                          (withdrawRequestAction's redirect)
//
// A 200 whose form shows another status message is a refusal (a limit; the
// app writes nothing then). Anything else with an HTTP answer is an error of
// its kind (5xx, 4xx, a redirect to /sign-in, a 200 with no message); no HTTP
// answer at all (connection refused or reset, timeout) leaves the write in
// doubt: not acknowledged, maybe written.
import { Browser, findForm, formStatus, NetworkError, type Answer, type ParsedForm } from "./browser";
import { refusalReason, type AttemptKind, type Recorder } from "./record";
import { sleep } from "./server";

/** After a failure, before the next try: a person reloading, not a hot loop against a dead port. */
const BACKOFF_MS = 250;

export interface WriterContext {
  runId: string;
  /** Date.now() after which no new iteration starts. */
  deadline: number;
  recorder: Recorder;
}

type Judgement = { outcome: "acknowledged"; id?: number } | { outcome: "refused"; reason: string } | { outcome: "error"; errorKind: string };

/** Errors every kind shares: a 5xx, the session gone (redirect to sign-in), another status. */
function commonError(answer: Answer): Judgement | null {
  if (answer.status >= 500) return { outcome: "error", errorKind: `HTTP ${answer.status}` };
  if (answer.status >= 300 && answer.status < 400 && answer.location && /\/sign-in\b/.test(answer.location)) return { outcome: "error", errorKind: "signed out (redirect to /sign-in)" };
  return null;
}

function unexpected(answer: Answer): Judgement {
  if (answer.status === 200) return { outcome: "error", errorKind: "200 without a status message" };
  return { outcome: "error", errorKind: `unexpected HTTP ${answer.status}${answer.location ? ` to ${answer.location.replace(/\d+/g, "N")}` : ""}` };
}

/** A 200 re-rendering the page with the form's message: the refusal's reason (or an error when it shows none). */
function refusalIn(answer: Answer, formMarker: string, blockedFallback?: (body: string) => string | null): Judgement {
  if (answer.status !== 200) return unexpected(answer);
  const form = findForm(answer.body, formMarker);
  const message = form ? formStatus(form.html) : (blockedFallback?.(answer.body) ?? null);
  return message ? { outcome: "refused", reason: refusalReason(message) } : unexpected(answer);
}

/** The marker for a writer's nth write: unique in the run, and easy to find with LIKE. */
export const markerOf = (runId: string, writer: number, seq: number) => `soak-${runId}-w${String(writer).padStart(3, "0")}-s${String(seq).padStart(5, "0")}`;
export const markerPattern = (runId: string) => new RegExp(`soak-${runId}-w\\d{3}-s\\d{5}`, "g");

abstract class Writer {
  private seq = 0;

  constructor(
    readonly id: number,
    protected readonly ctx: WriterContext,
  ) {}

  abstract readonly kind: AttemptKind;

  /** One iteration: load a page, post its form. */
  protected abstract step(): Promise<void>;

  async run(): Promise<void> {
    while (Date.now() < this.ctx.deadline) {
      try {
        await this.step();
      } catch (error) {
        // Recorded where it happened; a network error means the server is
        // (probably) down: wait a little before the next try.
        if (!(error instanceof NetworkError)) throw error;
        await sleep(BACKOFF_MS);
      }
    }
  }

  protected nextMarker(): string {
    return markerOf(this.ctx.runId, this.id, ++this.seq);
  }

  /** GETs a page; a 200 or null (the failure recorded, after a short wait). */
  protected async load(browser: Browser, path: string, kind: AttemptKind = this.kind): Promise<Answer | null> {
    const startedAt = Date.now();
    this.ctx.recorder.pageLoads++;
    try {
      const answer = await browser.get(path);
      if (answer.status === 200) return answer;
      const judged = commonError(answer) ?? unexpected(answer);
      this.ctx.recorder.pageError({ kind, path, startedAt, endedAt: Date.now(), errorKind: judged.outcome === "error" ? judged.errorKind : "unexpected", status: answer.status });
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      this.ctx.recorder.pageError({ kind, path, startedAt, endedAt: Date.now(), errorKind: error.kind });
    }
    await sleep(BACKOFF_MS);
    return null;
  }

  /** A 200 page that lacks the expected form is recorded as a page error too (it should not happen). */
  protected formOn(answer: Answer, path: string, marker: string): ParsedForm | null {
    const form = findForm(answer.body, marker);
    if (!form) {
      const now = Date.now();
      this.ctx.recorder.pageError({ kind: this.kind, path, startedAt: now - answer.ms, endedAt: now, errorKind: `200 without the "${marker}" form`, status: 200 });
    }
    return form;
  }

  /** POSTs a form and records the attempt as judged; the judgement, or null when no HTTP answer came back. */
  protected async post(
    kind: AttemptKind,
    browser: Browser,
    path: string,
    form: ParsedForm,
    values: Record<string, string>,
    marker: string,
    judge: (answer: Answer) => Judgement,
  ): Promise<Judgement | null> {
    const startedAt = Date.now();
    const base = { kind, writer: this.id, account: browser.email, marker, startedAt };
    try {
      const answer = await browser.submit(path, form, values);
      const judged = commonError(answer) ?? judge(answer);
      this.ctx.recorder.attempt({
        ...base,
        endedAt: Date.now(),
        ms: answer.ms,
        status: answer.status,
        outcome: judged.outcome,
        detail: judged.outcome === "refused" ? judged.reason : judged.outcome === "error" ? judged.errorKind : undefined,
        id: judged.outcome === "acknowledged" ? judged.id : undefined,
      });
      if (judged.outcome === "error") await sleep(BACKOFF_MS);
      return judged;
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      const endedAt = Date.now();
      this.ctx.recorder.attempt({ ...base, endedAt, ms: endedAt - startedAt, outcome: "no-answer", detail: error.kind });
      throw error;
    }
  }
}

// ---------------------------------------------------------------- forum replies

/**
 * Hands out forum accounts so no member posts more than 5 times in a
 * rolling minute (lib/forum/limits.ts BURST_LIMIT), counted the way the app
 * counts: a post that may have been written (acknowledged, or in doubt)
 * holds its turn until a minute after its answer came back (the row's
 * created_at is earlier than that), plus a margin; a refused one gives it back.
 */
export class ForumAccounts {
  private readonly turns = new Map<string, number[]>();
  private static readonly LIMIT = 5;
  private static readonly WINDOW_MS = 60_000;
  private static readonly MARGIN_MS = 1_500;

  constructor(private readonly browsers: Browser[]) {
    for (const b of browsers) this.turns.set(b.email, []);
  }

  /** An account with a free turn, reserved; null once the deadline passes while waiting. */
  async acquire(deadline: number): Promise<{ browser: Browser; release: (written: boolean) => void } | null> {
    while (Date.now() < deadline) {
      const now = Date.now();
      const free = this.browsers.filter((b) => this.turns.get(b.email)!.filter((t) => t > now).length < ForumAccounts.LIMIT);
      if (free.length > 0) {
        const browser = free[Math.floor(Math.random() * free.length)]!;
        const turns = this.turns.get(browser.email)!;
        turns.push(Infinity);
        return {
          browser,
          release: (written) => {
            turns.splice(turns.indexOf(Infinity), 1);
            if (written) turns.push(Date.now() + ForumAccounts.WINDOW_MS + ForumAccounts.MARGIN_MS);
            // Forget turns long past.
            const cut = Date.now();
            for (let i = turns.length - 1; i >= 0; i--) if (turns[i]! <= cut) turns.splice(i, 1);
          },
        };
      }
      await sleep(200);
    }
    return null;
  }
}

export class ForumWriter extends Writer {
  readonly kind = "forum" as const;

  constructor(
    id: number,
    ctx: WriterContext,
    private readonly accounts: ForumAccounts,
    private readonly threadIds: number[],
  ) {
    super(id, ctx);
  }

  protected async step(): Promise<void> {
    const turn = await this.accounts.acquire(this.ctx.deadline);
    if (!turn) return;
    let written = false;
    try {
      const threadId = this.threadIds[Math.floor(Math.random() * this.threadIds.length)]!;
      const path = `/forum/t/${threadId}`;
      const page = await this.load(turn.browser, path);
      if (!page) return;
      const form = this.formOn(page, path, "Post reply");
      if (!form) return;
      const marker = this.nextMarker();
      const location = new RegExp(`^/forum/t/${threadId}(?:\\?page=\\d+)?#post-(\\d+)$`);
      written = true; // until the answer says otherwise
      const judged = await this.post("forum", turn.browser, path, form, { body: `Soak check ${marker}: a reply posted while the server may be killed, to see that it survives.` }, marker, (answer) => {
        const m = answer.status === 303 && answer.location ? location.exec(answer.location) : null;
        if (m) return { outcome: "acknowledged", id: Number(m[1]) };
        return refusalIn(answer, "Post reply");
      });
      written = judged?.outcome !== "refused";
    } finally {
      turn.release(written);
    }
  }
}

// ---------------------------------------------------------------- mentorship messages

export class MessageWriter extends Writer {
  readonly kind = "message" as const;

  constructor(
    id: number,
    ctx: WriterContext,
    private readonly browser: Browser,
    private readonly mentorshipId: number,
  ) {
    super(id, ctx);
  }

  protected async step(): Promise<void> {
    const path = `/mentorships/${this.mentorshipId}`;
    const page = await this.load(this.browser, path);
    if (!page) return;
    const form = this.formOn(page, path, "Send message");
    if (!form) return;
    const marker = this.nextMarker();
    await this.post("message", this.browser, path, form, { body: `Soak check ${marker}: a message sent while the server may be killed.` }, marker, (answer) => {
      const m = answer.status === 303 && answer.location ? new RegExp(`^${path}\\?sent=message#message-(\\d+)$`).exec(answer.location) : null;
      if (m) return { outcome: "acknowledged", id: Number(m[1]) };
      return refusalIn(answer, "Send message");
    });
  }
}

// ---------------------------------------------------------------- mentorship requests

const OPEN_PER_LEARNER = 5; // lib/mentorships/request-schema.ts REQUEST_LIMITS.openPerLearner

/** Why /u/<mentor>/request shows no form (lib/mentorships/request-form.ts "blocked"), as a reason to count. */
function blockedReason(body: string): string | null {
  if (body.includes("open requests. Withdraw one")) return refusalReason("open requests. Withdraw one");
  if (body.includes("You already have an open request with")) return refusalReason("already have an open request with");
  if (body.includes("has no free places right now")) return refusalReason("has no free places");
  if (body.includes("is not taking new mentees right now")) return refusalReason("not taking new mentees");
  if (body.includes("You already have an active mentorship with")) return refusalReason("already have an active mentorship");
  return null;
}

/**
 * A learner asking mentors in turn. The app allows one open request per
 * pair and 5 open per learner, so once this learner has 5 open the writer
 * withdraws the oldest (through /requests/<id>'s "Withdraw request" form)
 * before asking the next mentor. A request left in doubt by the kill is
 * found again the way a person would: the mentor's request page then shows
 * "You already have an open request" with a link to it.
 */
export class RequestWriter extends Writer {
  readonly kind = "request" as const;
  /** Request ids this learner has open, oldest first, with the mentor each went to. */
  private readonly open: { id: number; mentor: string | null }[] = [];
  private next = 0;
  private full = false;

  constructor(
    id: number,
    ctx: WriterContext,
    private readonly browser: Browser,
    private readonly mentors: string[],
  ) {
    super(id, ctx);
    this.next = (id * 7) % Math.max(1, mentors.length);
  }

  private addOpen(id: number, mentor: string | null): void {
    if (!this.open.some((o) => o.id === id)) this.open.push({ id, mentor });
  }

  private nextMentor(): string | null {
    for (let i = 0; i < this.mentors.length; i++) {
      const handle = this.mentors[(this.next + i) % this.mentors.length]!;
      if (this.open.some((o) => o.mentor === handle)) continue;
      this.next = (this.next + i + 1) % this.mentors.length;
      return handle;
    }
    return null;
  }

  protected async step(): Promise<void> {
    if (this.open.length >= OPEN_PER_LEARNER || (this.full && this.open.length > 0)) return this.withdrawOldest();
    if (this.full) return this.findOpenRequests();
    const mentor = this.nextMentor();
    if (!mentor) {
      await sleep(BACKOFF_MS);
      return;
    }
    const path = `/u/${mentor}/request`;
    const page = await this.load(this.browser, path);
    if (!page) return;
    const form = findForm(page.body, "Send request");
    if (!form) {
      const reason = blockedReason(page.body);
      this.ctx.recorder.block(reason ?? "page without a form or a reason");
      const existing = /href="\/requests\/(\d+)"[^>]*>\s*See your request/.exec(page.body);
      if (existing) this.addOpen(Number(existing[1]), mentor);
      else if (page.body.includes("open requests. Withdraw one")) this.full = true;
      else {
        // No place, not accepting: not worth asking again this run.
        const i = this.mentors.indexOf(mentor);
        if (i >= 0) this.mentors.splice(i, 1);
      }
      return;
    }
    const marker = this.nextMarker();
    const values = { message: `Soak check ${marker}: I would like to work with you on my goals this season.`, otherGoals: "Practise for the soak test" };
    const judged = await this.post("request", this.browser, path, form, values, marker, (answer) => {
      const m = answer.status === 303 && answer.location ? /^\/requests\/(\d+)\?sent=1$/.exec(answer.location) : null;
      if (m) return { outcome: "acknowledged", id: Number(m[1]) };
      return refusalIn(answer, "Send request", blockedReason);
    });
    if (judged?.outcome === "acknowledged" && judged.id) this.addOpen(judged.id, mentor);
    if (judged?.outcome === "refused" && judged.reason === refusalReason("open requests. Withdraw one")) this.full = true;
  }

  private async withdrawOldest(): Promise<void> {
    const oldest = this.open.shift();
    if (!oldest) return;
    this.full = false;
    const path = `/requests/${oldest.id}`;
    const page = await this.load(this.browser, path, "withdraw");
    if (!page) {
      this.open.unshift(oldest);
      return;
    }
    const form = findForm(page.body, "Withdraw request");
    if (!form) return; // no longer open (answered, expired): nothing to withdraw
    try {
      const judged = await this.post("withdraw", this.browser, path, form, {}, `request ${oldest.id}`, (answer) => {
        if (answer.status === 303 && answer.location === path) return { outcome: "acknowledged", id: oldest.id };
        return refusalIn(answer, "Withdraw request");
      });
      if (judged?.outcome === "error") this.open.unshift(oldest);
    } catch (error) {
      this.open.unshift(oldest);
      throw error;
    }
  }

  /** The 5-open limit with none known (all left in doubt): open /mentorships and each request it lists. */
  private async findOpenRequests(): Promise<void> {
    const page = await this.load(this.browser, "/mentorships");
    if (!page) return;
    const ids = [...new Set([...page.body.matchAll(/href="\/requests\/(\d+)"/g)].map((m) => Number(m[1])))];
    for (const id of ids) {
      const request = await this.load(this.browser, `/requests/${id}`, "withdraw");
      if (request && findForm(request.body, "Withdraw request")) this.addOpen(id, null);
    }
    this.full = false;
  }
}
