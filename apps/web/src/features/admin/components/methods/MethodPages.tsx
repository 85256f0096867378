import type { IntervisionMethod } from '@leerkring/domain';
import {
  Heading1,
  LoadingState,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../../components/PageTitle';
import { QueryProblem } from '../../../../components/QueryProblem';
import { useLanguage } from '../../../../lib/use-language';
import { adminMethodsQueryOptions, methodQueryOptions } from '../../api/method-queries';
import { EditRecordPage, NewRecordPage } from '../RecordPages';
import { SavedMessage } from '../../../../components/SavedMessage';
import { MethodForm, methodsPath } from './MethodForm';
import './methods.css';

/** Every intervision method with its number of phases and total time, each linked to its form. */
export function MethodsPage() {
  const { t } = useTranslation();
  const { language, formatNumber } = useLanguage();
  const query = useQuery(adminMethodsQueryOptions());
  const methods = [...(query.data?.items ?? [])].sort((a, b) =>
    a.name[language].localeCompare(b.name[language], language),
  );
  return (
    <>
      <PageTitle title={t('methods.title')} />
      <Heading1>{t('methods.heading')}</Heading1>
      <SavedMessage />
      <Paragraph>{t('methods.lead')}</Paragraph>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to="nieuw">
          {t('methods.new')}
        </Link>
      </Paragraph>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : methods.length === 0 ? (
        <Paragraph>{t('common.noneFound')}</Paragraph>
      ) : (
        <Table caption={t('methods.heading')} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('methods.name')}</TableHeaderCell>
              <TableHeaderCell>{t('methods.phaseCount')}</TableHeaderCell>
              <TableHeaderCell>{t('methods.totalTime')}</TableHeaderCell>
              <TableHeaderCell>{t('methods.code')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {methods.map((method) => (
              <TableRow key={method.id}>
                <TableCell>
                  <Link className="utrecht-link utrecht-link--html-a" to={`${method.id}/wijzigen`}>
                    {method.name[language]}
                  </Link>
                </TableCell>
                <TableCell>{formatNumber(method.phases.length)}</TableCell>
                <TableCell>{t('methods.minutes', { count: totalOf(method) })}</TableCell>
                <TableCell>
                  <code>{method.code}</code>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

const totalOf = (method: IntervisionMethod) => method.phases.reduce((total, phase) => total + phase.timeboxMinutes, 0);

export function NewMethodPage() {
  const { t } = useTranslation();
  return (
    <NewRecordPage title={t('methods.newTitle')} back={{ to: methodsPath, label: t('methods.back') }}>
      <MethodForm />
    </NewRecordPage>
  );
}

export function EditMethodPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { methodId = '' } = useParams();
  // The admin frame names a record by a string; a method's name is in both languages.
  const named = useCallback(
    (method: IntervisionMethod) => ({ id: method.id, name: method.name[language], method }),
    [language],
  );
  const query = useQuery({ ...methodQueryOptions(methodId), select: named });
  return (
    <EditRecordPage
      title={t('methods.editTitle')}
      heading={(record) => t('methods.editHeading', { name: record.name })}
      query={query}
      back={{ to: methodsPath, label: t('methods.back') }}
      form={(record) => <MethodForm method={record.method} key={record.id} />}
    />
  );
}
