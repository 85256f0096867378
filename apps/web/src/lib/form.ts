import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

/** What zod says about one value, as far as a message needs it. */
export interface IssueFacts {
  readonly code: string;
  readonly origin?: string | undefined;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly format?: string | undefined;
  readonly expected?: string | undefined;
  readonly input?: unknown;
}

/**
 * A zod issue in the person's language: "fill this in", "at least 3 characters", "an e-mail address" … Issues with a
 * message of their own in the domain schema keep it (zod ranks a rule's own message above this one); a form maps those
 * to its own texts where it has them.
 */
export function issueText(t: TFunction, issue: IssueFacts): string | undefined {
  const count = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return count <= 1 ? t('form.errors.required') : t('form.errors.tooShort', { count });
      if (issue.origin === 'array' || issue.origin === 'set') return t('form.errors.tooFew', { count });
      return t('form.errors.tooSmall', { minimum: count });
    case 'too_big':
      if (issue.origin === 'string') return t('form.errors.tooLong', { count });
      if (issue.origin === 'array' || issue.origin === 'set') return t('form.errors.tooMany', { count });
      return t('form.errors.tooBig', { maximum: count });
    case 'invalid_format':
      if (issue.format === 'email') return t('form.errors.email');
      if (issue.format === 'date') return t('form.errors.date');
      return t('form.errors.format');
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return t('form.errors.required');
      return issue.expected === 'number' || issue.expected === 'int'
        ? t('form.errors.number')
        : t('form.errors.invalid');
    case 'invalid_value':
      return t('form.errors.choose');
    default:
      return undefined;
  }
}

/**
 * A react-hook-form form checked by a zod schema from the domain (or one a feature derives from it) before it is sent:
 * messages in the person's language, the first invalid field focused on submit. The submit handler gets the schema's
 * output, so a form that holds text for a number receives the number.
 */
export function useSchemaForm<Schema extends z.ZodType<unknown, FieldValues>>(
  schema: Schema,
  defaultValues: DefaultValues<z.input<Schema>>,
) {
  const { t } = useTranslation();
  const resolver = useMemo(
    () =>
      zodResolver(schema, { error: (issue) => issueText(t, issue as IssueFacts) }) as unknown as Resolver<
        z.input<Schema>,
        unknown,
        z.output<Schema>
      >,
    [schema, t],
  );
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
}

/** The message of a field's client-side error, or else the API's reason for it. */
export function messageOf(error: FieldError | undefined, serverReason?: string): string | undefined {
  return error?.message || serverReason;
}
