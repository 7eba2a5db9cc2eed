import { describedBy } from "./field-error";

type Props = {
  name: string;
  label: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  rows?: number;
  maxLength?: number;
};

// TextField's multi-line sibling: the same label, hint and error wiring.
export function TextAreaField({ name, label, defaultValue, hint, errors, rows = 5, maxLength }: Props) {
  const ids = describedBy(name, { hint, errors });
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {hint && (
        <p id={ids.hintId} className="mt-0.5 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className="mt-1 w-full rounded-md border border-stone-300 px-3 py-2 aria-invalid:border-red-700 focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
      />
      {ids.errorId && (
        <p id={ids.errorId} className="mt-1 text-sm text-red-800">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
