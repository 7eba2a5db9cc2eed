import { describedBy } from "./field-error";

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (control: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
};

// The label, hint and error around one control, tied together by ids so a
// screen reader reads the hint and the error with the field.
export function FieldShell({ name, label, hint, errors, children }: Props) {
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
      {children({ id: name, "aria-invalid": ids.errorId ? true : undefined, "aria-describedby": ids.describedBy })}
      {ids.errorId && (
        <p id={ids.errorId} className="mt-1 text-sm text-red-800">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

export const controlClass =
  "mt-1 w-full rounded-md border border-stone-300 bg-white px-3 py-2 aria-invalid:border-red-700 focus:border-brand-600 focus:outline-2 focus:outline-brand-600";
