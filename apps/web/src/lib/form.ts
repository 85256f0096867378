import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import {
  get,
  useController,
  useForm,
  type Control,
  type DefaultValues,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Path,
  type Resolver,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InvalidParam } from '@leerkring/domain';
import { z } from 'zod';
import { fieldErrorsOf } from './form-errors';

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
      if (issue.format === 'uuid') return t('form.errors.choose');
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

/** Texts of the form's own for rules whose domain message is written in Dutch, per field and zod issue code. */
export type OwnMessages = Partial<Record<string, Partial<Record<string, string>>>>;

/**
 * Where a form's messages come from, per field: the form's own check first (with `own` texts for rules that carry a
 * Dutch message in the domain), else the API's reason for the field as sent (`serverName` when the API names it
 * differently, such as `organisationId` for a picked organisation).
 */
export function fieldErrorsAt(errors: FieldErrors, serverError: unknown, own: OwnMessages = {}) {
  const server = fieldErrorsOf(serverError);
  return (name: string, serverName: string = name): string | undefined => {
    const error = get(errors, name) as FieldError | undefined;
    if (error) return own[name]?.[error.type] ?? error.message;
    return server[serverName];
  };
}

/** The domain's NameSchema (2 to 200 characters) and EmailSchema in the person's language. */
export const nameMessages = (t: TFunction) => ({
  too_small: t('form.errors.tooShort', { count: 2 }),
  too_big: t('form.errors.tooLong', { count: 200 }),
});
export const emailMessages = (t: TFunction) => ({ invalid_format: t('form.errors.email') });

/** A record picked in a SearchPicker, sent as its id: the domain's rule for the id decides (none picked is ''). */
export function pickedId<Id extends z.ZodType<unknown, string>>(idSchema: Id) {
  return z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .transform((option) => option?.id ?? '')
    .pipe(idSchema);
}

/**
 * The form's own refusals as the API words its refusals (`body.phases.2.timeboxMinutes`, the zod code and message), for
 * a form that places both the same way. An array's own refusal (react-hook-form keeps it as `root`) is the array's.
 */
export function invalidParamsOf(errors: FieldErrors): InvalidParam[] {
  const params: InvalidParam[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    const error = node as Partial<FieldError>;
    if (typeof error.type === 'string')
      params.push({ name: ['body', ...path].join('.'), code: error.type, reason: error.message ?? '' });
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref' || key === 'types' || key === 'type' || key === 'message') continue;
      walk(child, key === 'root' ? path : [...path, key]);
    }
  };
  walk(errors, []);
  return params;
}

/** An option of a select with "choose…" first, held as text ('' for none chosen): the domain's rule for it decides. */
export function chosenOption<Option extends z.ZodType<unknown, string>>(optionSchema: Option) {
  return z.string().pipe(optionSchema);
}

/** A list field shown as checkboxes: whether a value is ticked, and ticking or unticking it. */
export function useChecklist<Values extends FieldValues, Output>(
  control: Control<Values, unknown, Output>,
  name: Path<Values>,
) {
  const { field } = useController({ control, name });
  const list = (field.value ?? []) as readonly string[];
  return {
    ref: field.ref,
    has: (value: string) => list.includes(value),
    toggle: (value: string, on: boolean) =>
      field.onChange(on ? [...list, value] : list.filter((item) => item !== value)),
  };
}

/**
 * A filter as a field holds it (text; '' for none): left out when empty, else the domain's rule for the query
 * parameter decides (`CaseListQuerySchema.shape.status`, an optional enum …).
 */
export function filterValue<Filter extends z.ZodType<unknown, string | undefined>>(filterSchema: Filter) {
  return z
    .string()
    .transform((value) => (value.trim() === '' ? undefined : value))
    .pipe(filterSchema);
}
