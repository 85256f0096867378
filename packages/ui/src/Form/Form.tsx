import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cx } from '../utrecht/cx.js';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  description?: ReactNode | undefined;
  error?: string | undefined;
  kind?: 'checkbox';
  children: ReactNode;
}

/** The ids of a field's description and error, for `aria-describedby`. */
export function describedBy({
  id,
  description,
  error,
}: {
  id: string;
  description?: ReactNode;
  error?: string | undefined;
}): string | undefined {
  const ids = [error ? `${id}-error` : null, description ? `${id}-description` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, description, error, kind, children }: FieldFrameProps) {
  const isCheckbox = kind === 'checkbox';
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--distanced',
        isCheckbox && 'utrecht-form-field--checkbox',
        error && 'utrecht-form-field--invalid',
        'lk-form-field',
      )}
    >
      {isCheckbox ? (
        <div className="lk-checkbox-row">
          {children}
          <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
            {label}
          </label>
        </div>
      ) : (
        <div className="utrecht-form-field__label">
          <label htmlFor={id} className="utrecht-form-label">
            {label}
          </label>
        </div>
      )}
      {description ? (
        <div id={`${id}-description`} className="utrecht-form-field-description utrecht-form-field__description">
          {description}
        </div>
      ) : null}
      {error ? (
        <div
          id={`${id}-error`}
          className="utrecht-form-field-error-message utrecht-form-field__error-message lk-field-error"
        >
          {error}
        </div>
      ) : null}
      {isCheckbox ? null : <div className="utrecht-form-field__input">{children}</div>}
    </div>
  );
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  /** Passed on to the input element (a form library registers it, to focus the first invalid field). */
  ref?: Ref<HTMLInputElement> | undefined;
  id: string;
  label: ReactNode;
  description?: ReactNode | undefined;
  error?: string | undefined;
}

/** A labelled text input; its description and error are linked with `aria-describedby`. */
export function TextField({ id, label, description, error, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <input
        id={id}
        type="text"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, description, error })}
        className={cx(
          'utrecht-textbox',
          'utrecht-textbox--html-input',
          error && 'utrecht-textbox--invalid',
          input.readOnly && 'utrecht-textbox--read-only',
          className,
        )}
      />
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  /** Passed on to the textarea element (a form library registers it, to focus the first invalid field). */
  ref?: Ref<HTMLTextAreaElement> | undefined;
  id: string;
  label: ReactNode;
  description?: ReactNode | undefined;
  error?: string | undefined;
  /** More ids for `aria-describedby`, such as a list of what was found in the text; rendered by the caller. */
  extraDescribedBy?: string | undefined;
  /** Shown right under the text area (inside the field), such as findings in the text. */
  after?: ReactNode;
}

/** A labelled multi-line text input; its description, error and any extra hints are linked with `aria-describedby`. */
export function TextAreaField({
  id,
  label,
  description,
  error,
  extraDescribedBy,
  after,
  className,
  rows = 5,
  ...textarea
}: TextAreaFieldProps) {
  const ids = [describedBy({ id, description, error }), extraDescribedBy].filter(Boolean).join(' ') || undefined;
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <textarea
        id={id}
        rows={rows}
        {...textarea}
        aria-invalid={error || textarea['aria-invalid'] ? true : undefined}
        aria-describedby={ids}
        className={cx(
          'utrecht-textbox',
          'utrecht-textbox--html-textarea',
          'lk-textarea',
          error && 'utrecht-textbox--invalid',
          className,
        )}
      />
      {after}
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  /** Passed on to the select element (a form library registers it, to focus the first invalid field). */
  ref?: Ref<HTMLSelectElement> | undefined;
  id: string;
  label: ReactNode;
  options: readonly SelectOption[];
  description?: ReactNode | undefined;
  error?: string | undefined;
}

export function SelectField({ id, label, options, description, error, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <select
        id={id}
        {...select}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, description, error })}
        className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid', className)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  /** Passed on to the input element (a form library registers it, to focus the first invalid field). */
  ref?: Ref<HTMLInputElement> | undefined;
  id: string;
  label: ReactNode;
  description?: ReactNode | undefined;
  error?: string | undefined;
}

export function CheckboxField({ id, label, description, error, className, ...input }: CheckboxFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error} kind="checkbox">
      <input
        id={id}
        type="checkbox"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, description, error })}
        className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', className)}
      />
    </FieldFrame>
  );
}

export interface FieldsetProps {
  id: string;
  legend: ReactNode;
  error?: string | undefined;
  description?: ReactNode | undefined;
  children: ReactNode;
}

/** A group of fields (such as checkboxes) under one legend. */
export function Fieldset({ id, legend, error, description, children }: FieldsetProps) {
  return (
    <div
      className={cx(
        'utrecht-form-fieldset',
        'utrecht-form-fieldset--distanced',
        error && 'utrecht-form-fieldset--invalid',
      )}
    >
      <fieldset
        id={id}
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy({ id, description, error })}
        aria-invalid={error ? true : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {description ? (
          <div id={`${id}-description`} className="utrecht-form-field-description">
            {description}
          </div>
        ) : null}
        {error ? (
          <div id={`${id}-error`} className="utrecht-form-field-error-message lk-field-error">
            {error}
          </div>
        ) : null}
        {children}
      </fieldset>
    </div>
  );
}
