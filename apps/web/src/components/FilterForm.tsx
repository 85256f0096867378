import { Button, SelectField, TextField } from '@leerkring/ui';
import type { DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { fieldErrorsAt, useSchemaForm, type OwnMessages } from '../lib/form';

/** One filter of a list: its URL parameter (also its name in the form), a select when it has options, else text. */
export interface FilterField {
  /** The parameter in the page's URL (`status`, `leefdomein`, `van` …). */
  readonly param: string;
  /** The query parameter the API names in its refusals, when it differs from `param`. */
  readonly apiName?: string;
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly type?: 'text' | 'search' | 'date';
  readonly options?: readonly { value: string; label: string }[];
  /** What the field holds when the URL has no value for it ('' unless said). */
  readonly fallback?: string;
}

/** The filters as the form holds them (text per URL parameter) and as the domain's rules make them. */
export type FilterSchema = z.ZodType<Partial<Record<string, string>>, Record<string, string>>;

/**
 * The filters above a list, kept in the page's URL: react-hook-form with a schema the page derives from the domain's
 * list query (`filterValue`), each filter's refusal at its field (the form's own check first, else the API's reason for
 * the list), the first invalid filter focused. Filtering again starts at the first page.
 */
export function FilterForm({
  schema,
  fields,
  submitLabel,
  error,
  own,
}: {
  schema: FilterSchema;
  fields: readonly FilterField[];
  submitLabel?: string;
  /** The list's refusal (400 or 422), whose reasons are shown at their filters. */
  error?: unknown;
  own?: OwnMessages;
}) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const defaults = Object.fromEntries(
    fields.map((field) => [field.param, searchParams.get(field.param) ?? field.fallback ?? '']),
  ) as DefaultValues<Record<string, string>>;
  const { register, handleSubmit, formState } = useSchemaForm(schema, defaults);
  const errorAt = fieldErrorsAt(formState.errors, error, own);
  return (
    <form
      noValidate
      role="search"
      aria-label={t('common.filters')}
      className="lk-filters"
      onSubmit={(event) =>
        void handleSubmit((values) => {
          const next = new URLSearchParams();
          for (const field of fields) {
            const value = values[field.param];
            if (value !== undefined && value !== '') next.set(field.param, value);
          }
          setSearchParams(next);
        })(event)
      }
    >
      {fields.map((field) => {
        const common = {
          id: field.id,
          label: field.label,
          description: field.description,
          error: errorAt(field.param, field.apiName ?? field.param),
          ...register(field.param),
        };
        return field.options ? (
          <SelectField key={field.param} {...common} options={field.options} />
        ) : (
          <TextField key={field.param} {...common} type={field.type ?? 'text'} />
        );
      })}
      <Button type="submit" appearance="secondary-action-button">
        {submitLabel ?? t('common.filter')}
      </Button>
    </form>
  );
}
