import { caseFields, type CaseField, type FieldRule, type Label, type RegistrationGuideline } from '@leerkring/domain';
import {
  Alert,
  Heading1,
  Heading2,
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
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { guidelineVersionQueryOptions } from '../api/guideline-queries';
import { guidelinesPath } from '../paths';
import { GuidelineSources } from './GuidelineSources';
import { usePutGuidelineInForce } from '../api/guideline-mutations';

/** The search parameter the form leaves after saving a version, so its page says what happened. */
export const savedParam = 'opgeslagen';

/** One version: every case field's decision with why and how long it is kept, the changelog and where it came from. */
export function GuidelineVersionPage() {
  const { t } = useTranslation();
  const { buildingTeamId = '', guidelineId = '' } = useParams();
  const query = useQuery(guidelineVersionQueryOptions(guidelineId));
  const title = query.data
    ? t('guidelines.version.heading', { version: query.data.version })
    : t('guidelines.version.loadingTitle');
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <VersionDetails guideline={query.data} />
      )}
      <BackLink to={guidelinesPath(buildingTeamId)} label={t('guidelines.back')} />
    </>
  );
}

const inForceMessageId = 'guideline-in-force-message';

interface Row {
  field: CaseField;
  rule: FieldRule;
  purpose: Label | null;
  retention: string;
}

function VersionDetails({ guideline }: { guideline: RegistrationGuideline }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const [searchParams] = useSearchParams();
  const [inForceMessage, setInForceMessage] = useState('');
  // The button pressed is gone once the version is in force: the focus goes to what happened instead.
  useEffect(() => {
    if (inForceMessage) document.getElementById(inForceMessageId)?.focus();
  }, [inForceMessage]);
  // Fields the version does not name are not recorded; they are listed too, so the table answers for every field.
  const rows: Row[] = [
    ...guideline.clauses,
    ...caseFields
      .filter((field) => !guideline.clauses.some((clause) => clause.field === field.code))
      .map((field): Row => ({ field: field.code, rule: 'not-recorded', purpose: null, retention: '' })),
  ];
  return (
    <>
      {searchParams.get(savedParam) && !inForceMessage ? (
        <Alert type="ok">
          <Paragraph>
            {t(
              guideline.status === 'in-force' ? 'guidelines.version.savedInForce' : 'guidelines.version.savedConcept',
              { version: guideline.version },
            )}
          </Paragraph>
        </Alert>
      ) : null}
      {inForceMessage ? (
        <Alert type="ok" id={inForceMessageId} tabIndex={-1}>
          <Paragraph>{inForceMessage}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph appearance="lead">{guideline.buildingTeam.name}</Paragraph>
      <dl className="lk-facts lk-facts--stacked">
        <div>
          <dt>{t('guidelines.version.status')}</dt>
          <dd>
            <strong>{t(`guidelines.status.${guideline.status}`)}</strong>{' '}
            {t(`guidelines.statusHint.${guideline.status}`)}
          </dd>
        </div>
        <div>
          <dt>{t('guidelines.version.inForceSince')}</dt>
          <dd>
            {guideline.inForceSince ? (
              <time dateTime={guideline.inForceSince}>{formatDate(guideline.inForceSince)}</time>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('guidelines.version.createdAt')}</dt>
          <dd>
            <time dateTime={guideline.createdAt}>{formatDate(guideline.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <PutInForce guideline={guideline} onDone={setInForceMessage} />
      <section aria-labelledby="guideline-changelog-heading">
        <Heading2 id="guideline-changelog-heading">{t('guidelines.version.changelog')}</Heading2>
        <Paragraph className="lk-pre-wrap">{guideline.changelog}</Paragraph>
      </section>
      <section aria-labelledby="guideline-clauses-heading">
        <Heading2 id="guideline-clauses-heading">{t('guidelines.version.clausesHeading')}</Heading2>
        <Table caption={t('guidelines.version.caption', { version: guideline.version })} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('guidelines.version.field')}</TableHeaderCell>
              <TableHeaderCell>{t('guidelines.version.decision')}</TableHeaderCell>
              <TableHeaderCell>{t('guidelines.version.purpose')}</TableHeaderCell>
              <TableHeaderCell>{t('guidelines.version.retention')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.field}>
                <TableHeaderCell scope="row">{termLabel(caseFields, row.field, language)}</TableHeaderCell>
                <TableCell>
                  {row.rule === 'required' ? (
                    <strong>{t(`guidelines.decisions.${row.rule}`)}</strong>
                  ) : (
                    t(`guidelines.decisions.${row.rule}`)
                  )}
                </TableCell>
                <TableCell>{row.purpose ? row.purpose[language] : t('guidelines.version.notNamed')}</TableCell>
                <TableCell>{row.retention || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <GuidelineSources guideline={guideline} />
    </>
  );
}

/** For a concept, those who write the guideline put it in force; the API supersedes the version in force. */
function PutInForce({ guideline, onDone }: { guideline: RegistrationGuideline; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const mayWrite = useCanInBuildingTeam('guideline:write', guideline.buildingTeam.id);
  const save = usePutGuidelineInForce(guideline.id, {
    onSuccess: (stored) => onDone(t('guidelines.version.inForceNow', { version: stored.version })),
  });
  if (!mayWrite || guideline.status !== 'concept') return null;
  return (
    <div className="lk-form">
      <FormProblem error={save.error} fields={[]} />
      <Paragraph>{t('guidelines.version.putInForceLead')}</Paragraph>
      <ConfirmButton
        label={t('guidelines.version.putInForce', { version: guideline.version })}
        question={t('guidelines.version.putInForceQuestion', { version: guideline.version })}
        confirmLabel={t('guidelines.version.putInForceConfirm')}
        onConfirm={() => save.mutate()}
        busy={save.isPending}
      />
    </div>
  );
}
