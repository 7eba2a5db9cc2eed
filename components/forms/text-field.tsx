type Props = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  maxLength?: number;
  inputMode?: "text" | "numeric";
};

// A labelled input whose errors are tied to it (aria-describedby) and read out
// when they appear (the live region in each form).
export function TextField({ name, label, type = "text", autoComplete, defaultValue, hint, errors, required = true, maxLength, inputMode }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        inputMode={inputMode}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="mt-1 w-full rounded-md border border-stone-300 px-3 py-2 aria-invalid:border-red-700 focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
      />
      {errorId && (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
