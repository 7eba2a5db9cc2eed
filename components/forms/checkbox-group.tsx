import { describedBy } from "./field-error";

type Props = {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  defaultValues?: readonly string[];
  hint?: string;
  errors?: string[];
};

// Several choices under one name (read with FormData.getAll). The fieldset
// and legend name the group; its hint and error describe it, and each box is
// marked invalid so the error is heard from whichever box has focus.
export function CheckboxGroup({ name, legend, options, defaultValues = [], hint, errors }: Props) {
  const ids = describedBy(name, { hint, errors });
  return (
    <fieldset aria-describedby={ids.describedBy}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      {hint && (
        <p id={ids.hintId} className="mt-0.5 text-xs text-stone-500">
          {hint}
        </p>
      )}
      {ids.errorId && (
        <p id={ids.errorId} className="mt-1 text-sm text-red-800">
          {errors!.join(" ")}
        </p>
      )}
      <div className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2 md:grid-cols-3">
        {options.map((o, i) => (
          <label key={o.value} htmlFor={`${name}-${i}`} className="flex items-center gap-2 text-sm text-stone-800">
            <input
              id={`${name}-${i}`}
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={defaultValues.includes(o.value)}
              aria-invalid={ids.errorId ? true : undefined}
              aria-describedby={ids.errorId}
              className="size-4 accent-brand-700"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
