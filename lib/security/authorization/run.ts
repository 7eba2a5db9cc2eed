import type { Db } from "@/db/client";
import { actAs, callAction, callRoute, dbSnapshot, formOf, resetRecords, settle, type Outcome, type RegisteredAction, type RegisteredRoute } from "@/lib/testing/action-harness";
import type { ActionScenario, Cell, RouteScenario } from "./scenario";
import { inAWeek, value } from "./objects";
import { actorOf, makeWorld, suspendUntil, type MatrixRole } from "./world";

// One cell of the matrix: a fresh database, the row's world, the actor's
// session, the call, and what came of it, in the table's words.

const SITE = "http://localhost:3000";
const params = (to: string) => new URL(to, SITE).searchParams;

/** A redirect to sign in and come back (a redirect to /sign-in without callbackUrl, after a password change, is not). */
const isSignIn = (o: Outcome) => o.kind === "redirect" && new URL(o.to, SITE).pathname === "/sign-in" && params(o.to).has("callbackUrl");

/** How the app says no: an error state, an error in the URL it sends back to (?error=, ?emailError=), or a 4xx. */
function isRefusal(o: Outcome): boolean {
  if (o.kind === "http") return o.status >= 400;
  if (o.kind === "redirect") return [...params(o.to).keys()].some((k) => k === "error" || k.endsWith("Error"));
  return (o.state as { status?: unknown } | undefined)?.status === "error";
}

/**
 * The table's word for what happened, or a sentence saying what is wrong
 * (a refusal that changed the database, a change answered as a refusal),
 * which no expectation matches.
 */
export function classify(outcome: Outcome, { changed, done }: { changed: boolean; done: boolean }): string {
  if (done) return isRefusal(outcome) ? "the change happened, yet it answered as a refusal" : "allowed";
  const kind = isSignIn(outcome) ? "sign-in" : outcome.kind === "http" && outcome.status === 403 ? "forbidden" : "refused";
  return changed ? `${kind}, but the database changed` : kind;
}

export type CellResult = { observed: string; outcome: Outcome; changed: boolean; done: boolean };

/** The actor as a role of the table, optionally suspended until next week (kept as it is when prepare() suspended them already). */
export type Actor = { role: MatrixRole; suspended?: boolean };

function setUp(db: Db, scenario: ActionScenario | RouteScenario, { role, suspended = false }: Actor): Cell<unknown> {
  const w = makeWorld(db, scenario.ownerRole ?? "learner", scenario.ownerProfile);
  const data = scenario.prepare?.(w);
  const actor = actorOf(w, role);
  if (suspended && actor && value(db, "SELECT suspended_until FROM users WHERE id = ?", actor.id) === null) suspendUntil(db, actor.id, inAWeek());
  return { w, data, actor };
}

async function observe(db: Db, cell: Cell<unknown>, call: () => Promise<Outcome>, done: () => boolean): Promise<CellResult> {
  const before = dbSnapshot(db);
  resetRecords();
  actAs(cell.actor?.id ?? null);
  const outcome = await call();
  await settle();
  const changed = dbSnapshot(db) !== before;
  const isDone = done();
  return { observed: classify(outcome, { changed, done: isDone }), outcome, changed, done: isDone };
}

export async function runActionCell(action: RegisteredAction, scenario: ActionScenario, who: Actor, db: Db): Promise<CellResult> {
  const cell = setUp(db, scenario, who);
  const form = formOf(scenario.form(cell));
  return observe(db, cell, () => callAction(action, form), () => scenario.done(cell));
}

export async function runRouteCell(route: RegisteredRoute, scenario: RouteScenario, who: Actor, db: Db): Promise<CellResult> {
  const cell = setUp(db, scenario, who);
  const request = scenario.request(cell);
  let answer = { status: 0, body: "" };
  return observe(
    db,
    cell,
    async () => {
      const response = await callRoute(route, request);
      answer = { status: response.status, body: await response.text() };
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) return { kind: "redirect", to: location };
      if (response.status >= 400) return { kind: "http", status: response.status };
      return { kind: "state", state: answer.body.slice(0, 300) };
    },
    () => scenario.done(cell, answer),
  );
}
