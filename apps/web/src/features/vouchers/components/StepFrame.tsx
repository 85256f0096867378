import { Button, Heading3 } from '@leerkring/ui';
import type { FormEvent, ReactNode } from 'react';
import { FormProblem } from '../../../components/FormProblem';

/**
 * One step of a voucher as a form of its own: its heading, its fields, and the API's answer when refused — a step the
 * status does not allow now (409) in words, broken rules (422) at the fields. The form's submit handler is the step's.
 */
export function StepFrame({
  id,
  heading,
  submitLabel,
  error,
  fields,
  pending,
  onSubmit,
  children,
}: {
  id: string;
  heading: string;
  submitLabel: string;
  error: unknown;
  fields: readonly string[];
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading3 id={`${id}-heading`}>{heading}</Heading3>
      <form noValidate className="lk-form" aria-labelledby={`${id}-heading`} onSubmit={onSubmit}>
        <FormProblem error={error} fields={fields} />
        {children}
        <Button type="submit" appearance="primary-action-button" disabled={pending}>
          {submitLabel}
        </Button>
      </form>
    </section>
  );
}
