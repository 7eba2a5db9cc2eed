import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// One place reads the environment, so a bad value fails at boot with a clear
// message instead of deep inside a request.
const schema = z.object({
  DATABASE_PATH: z.string().min(1).default("data/app.db"),
  SITE_URL: z.url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Sign-in with GitHub switches on when both are set (an OAuth app's id and secret).
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  // Email goes out over SMTP when set (smtp://user:pass@host:587, smtps://…);
  // otherwise it stays in the database outbox.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL" }).optional(),
  EMAIL_FROM: z.string().min(3).default("Tandem <no-reply@localhost>"),
  // The outbox page /dev/outbox: on in development, off in production unless
  // set to "on" (the local `npm run up` and the e2e server do).
  DEV_OUTBOX: z.enum(["on", "off"]).optional(),
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  const env = parsed.data;
  cached = { ...env, AUTH_SECRET: env.AUTH_SECRET ?? localSecret(path.dirname(env.DATABASE_PATH)) };
  return cached;
}

// For local use only: when AUTH_SECRET is not set, a random secret is generated
// once and kept beside the database, so no manual step stands between a fresh
// clone and a running app. Production deployments set AUTH_SECRET.
function localSecret(dir: string): string {
  const file = path.join(dir, ".auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  } catch {
    // Another process (a build worker) wrote it first: use theirs.
    return readFileSync(file, "utf8").trim();
  }
  return secret;
}
