import {
  findIdentifiers,
  positiveHealthDimensions,
  type LessonTheme,
  type PositiveHealthDimensionCode,
} from '@leerkring/domain';
import {
  Button,
  CheckboxField,
  Fieldset,
  Heading1,
  LoadingState,
  Paragraph,
  SelectField,
  TextAreaField,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { IdentifierFindings, findingsId } from '../../../components/IdentifierFindings';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { useCreateLesson } from '../api/lesson-mutations';
import { casesQueryOptions } from '../../../lib/queries/case';
import { lessonThemes } from '@leerkring/domain';
import { caseLabel } from '../../../lib/case-label';

const followUps = ['none', 'change-agreement', 'change-guideline', 'escalate-obstacle'] as const;
const fields = ['text', 'theme', 'dimensions', 'followUp', 'caseIds'] as const;

/** Record a lesson of a bouwteam, linked to the cases it came from. */
export function NewLessonPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { buildingTeamId = '' } = useParams();
  const navigate = useNavigate();
  // `?sessie=` links the lesson to the intervision session it was recorded after.
  const [search] = useSearchParams();
  const sessionId = search.get('sessie');
  const mayWrite = useCanInBuildingTeam('lesson:write', buildingTeamId);
  const cases = useQuery({ ...casesQueryOptions({ buildingTeamId, page: 1, pageSize: 100 }), enabled: mayWrite });
  const [text, setText] = useState('');
  const [theme, setTheme] = useState('');
  const [followUp, setFollowUp] = useState<(typeof followUps)[number]>('none');
  const [dimensions, setDimensions] = useState<PositiveHealthDimensionCode[]>([]);
  const [caseIds, setCaseIds] = useState<string[]>([]);
  const deferredText = useDeferredValue(text);
  const findings = useMemo(() => findIdentifiers(deferredText), [deferredText]);
  const save = useCreateLesson({
    onSuccess: () =>
      navigate(`/bouwteams/${buildingTeamId}/lessen?opgeslagen=${encodeURIComponent(t('lessons.savedName'))}`),
  });
  if (!mayWrite) return <ForbiddenPage />;
  const errors = fieldErrorsOf(save.error);
  const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((item) => item !== value);
  return (
    <>
      <PageTitle title={t('lessons.newTitle')} />
      <Heading1>{t('lessons.newTitle')}</Heading1>
      {sessionId ? <Paragraph>{t('lessons.fromSession')}</Paragraph> : null}
      <form
        noValidate
        className="lk-form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({
            buildingTeamId,
            text,
            theme: theme as LessonTheme,
            followUp,
            dimensions,
            caseIds,
            sessionIds: sessionId ? [sessionId] : [],
          });
        }}
      >
        <FormProblem error={save.error} fields={fields} />
        <TextAreaField
          id="lesson-text"
          label={t('lessons.text')}
          description={t('lessons.textDescription')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={errors.text}
          required
          rows={4}
          aria-invalid={findings.length > 0 ? true : undefined}
          extraDescribedBy={findings.length > 0 ? findingsId('lesson-text') : undefined}
          after={
            <IdentifierFindings id={findingsId('lesson-text')} fieldId="lesson-text" text={text} findings={findings} />
          }
        />
        <SelectField
          id="lesson-theme"
          label={t('lessons.theme')}
          value={theme}
          onChange={(event) => setTheme(event.target.value)}
          error={errors.theme}
          required
          options={[
            ...(theme ? [] : [{ value: '', label: t('common.choose') }]),
            ...lessonThemes.map((term) => ({ value: term.code, label: term.label[language] })),
          ]}
        />
        <Fieldset id="lesson-dimensions" legend={t('lessons.dimensions')} error={errors.dimensions}>
          <div className="lk-checkbox-list">
            {positiveHealthDimensions.map((term) => (
              <CheckboxField
                key={term.code}
                id={`lesson-dimension-${term.code}`}
                label={term.label[language]}
                checked={dimensions.includes(term.code)}
                onChange={(event) => setDimensions(toggle(dimensions, term.code, event.target.checked))}
              />
            ))}
          </div>
        </Fieldset>
        <Fieldset
          id="lesson-cases"
          legend={t('lessons.cases')}
          error={errors.caseIds}
          description={t('lessons.casesDescription')}
        >
          {cases.isPending ? (
            <LoadingState label={t('common.loading')} />
          ) : cases.isError || cases.data.items.length === 0 ? (
            <Paragraph>{t('cases.empty')}</Paragraph>
          ) : (
            cases.data.items.map((item) => (
              <CheckboxField
                key={item.id}
                id={`lesson-case-${item.id}`}
                label={caseLabel(item, language)}
                checked={caseIds.includes(item.id)}
                onChange={(event) => setCaseIds(toggle(caseIds, item.id, event.target.checked))}
              />
            ))
          )}
        </Fieldset>
        <SelectField
          id="lesson-follow-up"
          label={t('lessons.followUp')}
          value={followUp}
          onChange={(event) => setFollowUp(event.target.value as (typeof followUps)[number])}
          error={errors.followUp}
          options={followUps.map((code) => ({ value: code, label: t(`lessons.followUps.${code}`) }))}
        />
        {findings.length > 0 ? (
          <p id="lesson-submit-blocked" className="lk-field-error">
            {t('privacy.blocked', { count: findings.length })}
          </p>
        ) : null}
        <Button
          type="submit"
          appearance="primary-action-button"
          disabled={save.isPending || findings.length > 0}
          aria-describedby={findings.length > 0 ? 'lesson-submit-blocked' : undefined}
        >
          {t('lessons.submit')}
        </Button>
      </form>
      <BackLink to={`/bouwteams/${buildingTeamId}/lessen`} label={t('lessons.back')} />
    </>
  );
}
