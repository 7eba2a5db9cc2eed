// Avatars are drawn from the name: no upload to moderate, no third-party
// image service that would learn who visits which profile.

// Dark enough for white initials to pass WCAG AA (contrast ≥ 4.5:1).
export const AVATAR_COLOURS = ["#1e40af", "#166534", "#9a3412", "#6b21a8", "#9f1239", "#115e59", "#854d0e", "#3730a3", "#374151", "#86198f"] as const;

/** Up to two letters: the first of the first and last words ("Ana María de la Cruz" → "AC"). */
export function initialsOf(displayName: string): string {
  const words = displayName.normalize("NFC").match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu) ?? [];
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initial = (word: string | undefined) => (word ? Array.from(word)[0]!.toLocaleUpperCase("en") : "");
  return initial(first) + initial(last) || "?";
}

/** The same handle always gets the same colour (FNV-1a, so neighbours differ). */
export function avatarColour(handle: string): string {
  let hash = 0x811c9dc5;
  for (const ch of handle) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length]!;
}

export function avatarFor({ displayName, handle }: { displayName: string; handle: string }) {
  return { initials: initialsOf(displayName), background: avatarColour(handle), foreground: "#ffffff" };
}
