import { controlClass, FieldShell } from "./field-shell";

type Props = {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  errors?: string[];
};

// A native select (keyboard type-ahead works in long lists such as time
// zones). An option with value "" stands for "none".
export function SelectField({ name, label, options, defaultValue, hint, errors }: Props) {
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue} className={controlClass}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
