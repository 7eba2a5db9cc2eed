import { describedBy } from "./field-error";

type Props = {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  errors?: string[];
};

// A labelled native select (keyboard type-ahead works in long lists such as
// time zones) with TextField's hint and error wiring. An option with value ""
// stands for "none".
export function SelectField({ name, label, options, defaultValue, hint, errors }: Props) {
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
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className="mt-1 w-full rounded-md border border-stone-300 bg-white px-3 py-2 aria-invalid:border-red-700 focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {ids.errorId && (
        <p id={ids.errorId} className="mt-1 text-sm text-red-800">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
