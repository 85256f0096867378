import { contextTypes, roles, type ContextType, type Role } from '@leerkring/domain';
import { Button, Heading2, Paragraph, SelectField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { QueryProblem } from '../../../components/QueryProblem';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { contextsQueryOptions } from '../api/admin-queries';
import { personOptions } from '../../../lib/queries/pickers';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';
import { isContextType, isRole } from './membership-choices';
import { useCreateMembership } from '../api/admin-mutations';

export function AddMembership() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [person, setPerson] = useState<PickerOption | null>(null);
  const [contextType, setContextType] = useState<ContextType>('building-team');
  const [contextId, setContextId] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const contexts = useQuery(contextsQueryOptions(contextType));
  const add = useCreateMembership({ onSuccess: () => setRole('') });
  const errors = fieldErrorsOf(add.error);
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="add-membership-heading"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ personId: person?.id ?? '', contextType, contextId, role: role as Role });
      }}
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
      <SearchPicker
        id="membership-person"
        label={t('admin.memberships.person')}
        value={person}
        onChange={setPerson}
        optionsQuery={personOptions}
        error={errors.personId}
      />
      <SelectField
        id="membership-context-type"
        label={t('admin.memberships.contextType')}
        value={contextType}
        error={errors.contextType}
        onChange={(event) => {
          if (isContextType(event.target.value)) setContextType(event.target.value);
          setContextId('');
        }}
        options={contextTypes.map((type) => ({ value: type.code, label: type.label[language] }))}
      />
      <SelectField
        id="membership-context"
        label={t('admin.memberships.context')}
        value={contextId}
        error={errors.contextId}
        aria-busy={contexts.isPending || undefined}
        onChange={(event) => setContextId(event.target.value)}
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
        value={role}
        error={errors.role}
        onChange={(event) => setRole(isRole(event.target.value) ? event.target.value : '')}
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
