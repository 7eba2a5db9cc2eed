import type { ProfileFields, Role } from "@/db/schema";
import type { RegisteredRoute } from "@/lib/testing/action-harness";
import type { TestMember } from "@/lib/testing/members";
import type { World } from "./world";

// What a row of the matrix needs besides its expected outcomes: a world in
// which the action could succeed, the valid form (or request) for it, and how
// to tell that the intended change happened.

export type Fields = Record<string, string | string[]>;

/** One cell: the world, what prepare() made in it, and who acts (null: nobody signed in). */
export type Cell<T> = { w: World; data: T; actor: TestMember | null };

type Common<T> = {
  /** Who "owner" is for this row, in words; "stranger" is another member of the same role with nothing to do with it. */
  owner: string;
  /** The owner's (and so the stranger's) role; learner unless said. */
  ownerRole?: Role;
  /** A profile for the owner and the stranger (a published mentor, say). */
  ownerProfile?: Partial<ProfileFields>;
  prepare?(w: World): T;
};

export type ActionScenario<T = unknown> = Common<T> & {
  kind: "action";
  form(c: Cell<T>): Fields;
  /** The change the action is for happened, in the database (or in what it asked next-auth). */
  done(c: Cell<T>): boolean;
};

export type RouteRequest = RequestInit & { url: string; params?: Record<string, string | string[]> };

export type RouteScenario<T = unknown> = Common<T> & {
  kind: "route";
  request(c: Cell<T>): RouteRequest;
  /** The request did what it is for (served the actor's own data, stopped the emails…). */
  done(c: Cell<T>, response: { status: number; body: string }): boolean;
};

/** Not ours to authorize: the row's cells are "n/a" and `check` proves the export still is what `reason` says. */
export type DelegatedScenario = { kind: "delegated"; reason: string; check(route: RegisteredRoute): boolean };

export type Scenario = ActionScenario | RouteScenario | DelegatedScenario;

// Each keeps its own data type while written; the registry holds them as unknown.
export const action = <T>(s: Omit<ActionScenario<T>, "kind">): ActionScenario => ({ kind: "action", ...s });
export const route = <T>(s: Omit<RouteScenario<T>, "kind">): RouteScenario => ({ kind: "route", ...s });

/**
 * For actions on one's own account, whatever the form says: the actor's own
 * account shows the change, and, when the actor is someone else, the owner's
 * does not (forms there carry the owner's id, which must never be read).
 */
export const onOwnAccount =
  (changed: (w: World, userId: number) => boolean) =>
  ({ w, actor }: Cell<unknown>): boolean =>
    actor !== null && changed(w, actor.id) && (actor.id === w.owner.id || !changed(w, w.owner.id));
