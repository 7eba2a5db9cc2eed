import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const SEED_DIR = path.join(process.cwd(), "db/seed");

export function seedFile(name: string): { file: string; content: Uint8Array } {
  return { file: name, content: readFileSync(path.join(SEED_DIR, name)) };
}

export function allSeedFiles() {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map(seedFile);
}
