import { controlClass, FieldShell } from "./field-shell";

type Props = {
  name: string;
  label: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  rows?: number;
  maxLength?: number;
};

export function TextAreaField({ name, label, defaultValue, hint, errors, rows = 5, maxLength }: Props) {
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors}>
      {(control) => <textarea {...control} name={name} rows={rows} defaultValue={defaultValue} maxLength={maxLength} className={controlClass} />}
    </FieldShell>
  );
}
