import { startScript } from "./import-cli";
import type { XssField } from "./xss-fields";

/** What xss-store.ts wrote, for the spec to visit. */
export type XssManifest = {
  /** Accounts named from the corpus; the first ones are published mentors. */
  hostile: { email: string; handle: string; displayName: string; suspended: boolean }[];
  /** Every profile holding corpus values (seeded members and the hostile accounts). */
  profileHandles: string[];
  categorySlug: string;
  /** Threads with titles from the corpus, the form thread first. */
  threadIds: number[];
  /** The thread renamed through every renameTitle value, and the one whose opening post was hidden and approved with every postToolReason. */
  renamedThreadId: number;
  reviewedThreadId: number;
  requests: { id: number; learnerEmail: string }[];
  mentorships: { id: number; learnerEmail: string; active: boolean }[];
  articleSlugs: string[];
  /** Members whose moderation page holds staff notes or suspension reasons. */
  moderatedHandles: string[];
  /** Members holding notifications that quote corpus names, titles and reasons. */
  notifiedEmails: string[];
  /** How many values of each field were stored (besides those the forms sent). */
  stored: Partial<Record<XssField, number>>;
  /** Queued emails whose HTML part holds a payload's markup unescaped. */
  emailViolations: string[];
  /** Queued emails whose HTML part quotes a payload with markup (escaped, when emailViolations is empty). */
  emailsQuotingMarkup: number;
};

/**
 * Runs e2e/support/xss-store.ts against the e2e server's database. The
 * react-server condition makes `import "server-only"` an empty module, so
 * the lib/ functions the server actions call run here unchanged.
 */
export async function runXssStore(): Promise<XssManifest> {
  const { status, stdout, stderr } = await startScript(["tsx", "--conditions=react-server", "e2e/support/xss-store.ts"]);
  const last = stdout.trim().split("\n").pop() ?? "";
  if (status === 0 && last.startsWith("{")) return JSON.parse(last) as XssManifest;
  throw new Error(`xss-store.ts failed (${status}):\n${stderr}\n${stdout}`);
}
