import type { ChangeEventHandler } from 'react';

/**
 * A checkbox with its label beside it, in a group that carries the description and error (as the decisions' radio
 * buttons are): the design system's single checkbox field squeezes a long label into its narrow first column.
 */
export function CheckboxRow({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: ChangeEventHandler<HTMLInputElement>;
}) {
  return (
    <div className="lk-checkbox-row">
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        checked={checked}
        onChange={onChange}
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  );
}

/** Moves the focus to a field; for a group of choices, to the choice made. */
export function focusField(id: string) {
  const element = document.getElementById(id);
  if (element instanceof HTMLFieldSetElement) {
    (
      element.querySelector<HTMLInputElement>('input:checked') ?? element.querySelector<HTMLInputElement>('input')
    )?.focus();
  } else {
    element?.focus();
  }
}
