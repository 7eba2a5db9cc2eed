import { controlClass, FieldShell } from "./field-shell";

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

export function TextField({ name, label, type = "text", autoComplete, defaultValue, hint, errors, required = true, maxLength, inputMode }: Props) {
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={defaultValue}
          required={required}
          maxLength={maxLength}
          inputMode={inputMode}
          className={controlClass}
        />
      )}
    </FieldShell>
  );
}
