import type { ImportOutcome } from "@/lib/articles/import/import-articles";

export function reportImport(outcomes: ImportOutcome[]): void {
  for (const o of outcomes) console.log(`  ${o.status.padEnd(9)} /articles/${o.slug}`);
  const count = (s: ImportOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  console.log(`${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged.`);
}
