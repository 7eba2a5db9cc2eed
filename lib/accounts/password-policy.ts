import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON_PASSWORDS_FILE = path.join(process.cwd(), "lib/accounts/common-passwords.txt");

let commonPasswords: Set<string> | undefined;

/** The list of common passwords (lowercase), read from disk on first use. */
function loadCommonPasswords(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(COMMON_PASSWORDS_FILE, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
  return commonPasswords;
}

export function isCommonPassword(password: string): boolean {
  return loadCommonPasswords().has(password.toLowerCase());
}

/**
 * The rule for a new password, after NIST SP 800-63B: long enough, not
 * absurdly long, not on a list of common passwords, and no composition rules
 * (no "one digit, one symbol"). Length counts characters as people see them
 * (code points), so an emoji is one. At most one message is reported.
 */
export const passwordSchema = z.string().superRefine((password, ctx) => {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    ctx.addIssue({ code: "too_small", origin: "string", minimum: PASSWORD_MIN_LENGTH, inclusive: true, input: password, message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` });
  } else if (length > PASSWORD_MAX_LENGTH) {
    ctx.addIssue({ code: "too_big", origin: "string", maximum: PASSWORD_MAX_LENGTH, inclusive: true, input: password, message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` });
  } else if (isCommonPassword(password)) {
    ctx.addIssue({ code: "custom", input: password, message: "This password is too common; choose one that is harder to guess." });
  }
});
