import { contextTypes, roles } from '@leerkring/domain';
import { Button, Heading2, Paragraph, SelectField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { PickerField } from '../../../components/PickerField';
import { QueryProblem } from '../../../components/QueryProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import { useLanguage } from '../../../lib/use-language';
import { contextsQueryOptions } from '../api/admin-queries';
import { personOptions } from '../../../lib/queries/pickers';
import { useCreateMembership } from '../api/admin-mutations';
import { membershipFormSchema } from '../person-form';

export function AddMembership() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { register, control, handleSubmit, formState, watch, setValue } = useSchemaForm(membershipFormSchema, {
    person: null,
    contextType: 'building-team',
    contextId: '',
    role: '',
  });
  const contexts = useQuery(contextsQueryOptions(watch('contextType')));
  const add = useCreateMembership({ onSuccess: () => setValue('role', '') });
  const errorAt = fieldErrorsAt(formState.errors, add.error);
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="add-membership-heading"
      onSubmit={(event) =>
        void handleSubmit(({ person, ...membership }) => add.mutate({ ...membership, personId: person }))(event)
      }
    >
      <Heading2 id="add-membership-heading">{t('admin.memberships.add')}</Heading2>
      <FormProblem error={add.error} fields={['personId', 'contextType', 'contextId', 'role']} />
      {add.isSuccess ? (
        <Paragraph role="status">
          {t(add.data.status === 'pending' ? 'admin.memberships.addedPending' : 'admin.memberships.added', {
            person: add.data.person.name,
            where: add.data.context.name,
          })}
        </Paragraph>
      ) : null}
      <PickerField
        control={control}
        name="person"
        id="membership-person"
        label={t('admin.memberships.person')}
        optionsQuery={personOptions}
        error={errorAt('person', 'personId')}
      />
      <SelectField
        id="membership-context-type"
        label={t('admin.memberships.contextType')}
        {...register('contextType', { onChange: () => setValue('contextId', '') })}
        error={errorAt('contextType')}
        options={contextTypes.map((type) => ({ value: type.code, label: type.label[language] }))}
      />
      <SelectField
        id="membership-context"
        label={t('admin.memberships.context')}
        {...register('contextId')}
        error={errorAt('contextId')}
        aria-busy={contexts.isPending || undefined}
        options={[
          { value: '', label: t('common.choose') },
          ...(contexts.data ?? []).map((context) => ({ value: context.id, label: context.name })),
        ]}
      />
      {contexts.isError ? (
        <QueryProblem error={contexts.error} onRetry={() => void contexts.refetch()} headingLevel={3} />
      ) : null}
      <SelectField
        id="membership-role"
        label={t('admin.memberships.role')}
        {...register('role')}
        error={errorAt('role')}
        options={[
          { value: '', label: t('common.choose') },
          ...roles.map((item) => ({ value: item.code, label: item.label[language] })),
        ]}
      />
      <Button type="submit" appearance="primary-action-button" disabled={add.isPending}>
        {t('admin.memberships.addSubmit')}
      </Button>
    </form>
  );
}
