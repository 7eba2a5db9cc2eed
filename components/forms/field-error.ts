// Ids that tie a field to its hint and error, shared by every field component.
export function describedBy(name: string, { hint, errors }: { hint?: string; errors?: string[] }) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors?.length ? `${name}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}
