import { describedBy } from "./field-error";

type Props = { name: string; label: string; defaultChecked?: boolean; hint?: string; errors?: string[] };

// One yes/no box: ticked it posts "on", unticked it posts nothing.
export function CheckboxField({ name, label, defaultChecked, hint, errors }: Props) {
  const ids = describedBy(name, { hint, errors });
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          id={name}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={ids.errorId ? true : undefined}
          aria-describedby={ids.describedBy}
          className="size-4 accent-brand-700"
        />
        <label htmlFor={name} className="text-sm font-medium text-stone-800">
          {label}
        </label>
      </div>
      {hint && (
        <p id={ids.hintId} className="mt-0.5 ml-6 text-xs text-stone-500">
          {hint}
        </p>
      )}
      {ids.errorId && (
        <p id={ids.errorId} className="mt-1 ml-6 text-sm text-red-800">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
