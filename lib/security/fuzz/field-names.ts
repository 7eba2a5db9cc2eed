import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// The form field names the app reads, collected from the source on disk so a
// field added to an action is fuzzed without anyone listing it here. Actions
// read fields directly (formData.get("x")), through textFields(formData, [...])
// or a named list (textFields(formData, THREAD_FIELDS)), or through a lib
// helper that walks its own `as const` lists (lib/profiles/form.ts).

export const ROOT = path.resolve(import.meta.dirname, "../../..");

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : walk(full, keep);
    return keep(full) ? [full] : [];
  });
}

const isSource = (file: string) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.includes(`${path.sep}testing${path.sep}`);
const literals = (text: string) => [...text.matchAll(/["']([A-Za-z_$][\w$-]{0,63})["']/g)].map((m) => m[1]!);

const DIRECT = /formData\.(?:get|getAll|has)\(\s*["']([^"']+)["']\s*\)/g;
const INLINE_LIST = /textFields\(\s*formData\s*,\s*\[([^\]]*)\]/g;
const NAMED_LIST = /textFields\(\s*formData\s*,\s*([A-Z][A-Z0-9_]*)\s*\)/g;
const CONST_LIST = (name: string) => new RegExp(`\\b${name}\\s*=\\s*\\[([^\\]]*)\\]`);

/** Every field name read by app/**\/actions.ts and the lib helpers that read FormData. */
export function formFieldNames(root = ROOT): string[] {
  const actionFiles = walk(path.join(root, "app"), (f) => path.basename(f) === "actions.ts");
  const helperFiles = walk(path.join(root, "lib"), (f) => isSource(f) && readFileSync(f, "utf8").includes("formData.get"));
  const allSource = [...walk(path.join(root, "app"), isSource), ...walk(path.join(root, "lib"), isSource), ...walk(path.join(root, "db"), isSource)];
  const names = new Set<string>();
  const listNames = new Set<string>();

  for (const file of [...actionFiles, ...helperFiles]) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(DIRECT)) names.add(m[1]!);
    for (const m of text.matchAll(INLINE_LIST)) literals(m[1]!).forEach((n) => names.add(n));
    for (const m of text.matchAll(NAMED_LIST)) listNames.add(m[1]!);
    // A helper like readProfileForm maps over its own constant lists.
    if (helperFiles.includes(file)) for (const m of text.matchAll(/=\s*\[([^\]]*)\]\s*as const/g)) literals(m[1]!).forEach((n) => names.add(n));
  }
  for (const list of listNames) {
    for (const file of allSource) {
      const m = CONST_LIST(list).exec(readFileSync(file, "utf8"));
      if (m) literals(m[1]!).forEach((n) => names.add(n));
    }
  }
  return [...names].sort();
}

/**
 * Words the forms accept: the string literals of the actions (op names, kinds,
 * intents) and the constant lists of the schema and lib (roles, reasons,
 * statuses, formats, topics). A valid word in one field carries the fuzz past
 * the first check to the next field.
 */
export function formVocabulary(root = ROOT): string[] {
  const words = new Set<string>();
  for (const file of walk(path.join(root, "app"), (f) => path.basename(f) === "actions.ts")) {
    const text = readFileSync(file, "utf8");
    for (const word of literals(text)) if (/^[a-z][a-z0-9_-]{0,19}$/.test(word)) words.add(word);
    // A table of operations: `pin: () => …`, `"slow-mode": () => …`.
    for (const m of text.matchAll(/^\s*"?([a-z][a-z-]{0,19})"?\s*:\s*\(\)\s*=>/gm)) words.add(m[1]!);
  }
  for (const file of [...walk(path.join(root, "db", "schema"), isSource), ...walk(path.join(root, "lib"), isSource)]) {
    const text = readFileSync(file, "utf8");
    // Constant lists (enums, topics) and constant tables (POST_ACTIONS' keys).
    for (const m of text.matchAll(/const [A-Z][A-Z0-9_]*\s*=\s*\[([^\]]*)\]/g))
      for (const word of m[1]!.matchAll(/["']([A-Za-z][\w &-]{0,39})["']/g)) words.add(word[1]!);
    for (const m of text.matchAll(/const [A-Z][A-Z0-9_]*\s*=\s*\{([^}]*)\}\s*as const/g))
      for (const key of m[1]!.matchAll(/(?:^|[,{\s])"?([a-z][\w-]{0,19})"?\s*:/g)) words.add(key[1]!);
  }
  return [...words].sort();
}
