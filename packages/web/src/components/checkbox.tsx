import type { InputHTMLAttributes } from 'react';

interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: string;
}

export function Checkbox({ label, ...input }: CheckboxProps) {
  return (
    <label className="choice">
      <input {...input} type="checkbox" />
      <span className="choice-text">{label}</span>
    </label>
  );
}
