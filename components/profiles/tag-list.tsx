export function TagList({ label, items }: { label: string; items: readonly string[] }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {items.map((item) => (
        <li key={item} className="rounded-full bg-stone-200 px-3 py-1 text-xs text-stone-700">
          {item}
        </li>
      ))}
    </ul>
  );
}
