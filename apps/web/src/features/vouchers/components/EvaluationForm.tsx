import { findIdentifiers, type KnowledgeVoucher } from '@leerkring/domain';
import { Button, SelectField, TextAreaField, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentifierFindings, findingOf, findingsId, refusedId } from '../../../components/IdentifierFindings';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';
import { isApiProblem } from '../../../lib/api-client';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { lessonOptions } from '../../../lib/queries/pickers';
import { useEvaluateVoucher } from '../api/voucher-mutations';
import { StepFrame } from './StepFrame';

const benefitId = 'evaluation-benefit';

/** What a completed voucher brought, a score, and the lessons of the network's learning cycle that came from it. */
export function EvaluationForm({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  const step = useEvaluateVoucher(voucher.id);
  const [benefit, setBenefit] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [score, setScore] = useState('');
  const [picked, setPicked] = useState<PickerOption | null>(null);
  const [lessons, setLessons] = useState<PickerOption[]>([]);
  const deferred = useDeferredValue(benefit);
  const local = useMemo(() => findIdentifiers(deferred), [deferred]);
  const errors = fieldErrorsOf(step.error);
  const fromServer =
    isApiProblem(step.error) && sent === benefit
      ? (step.error.problem.invalidParams ?? []).flatMap((param) => {
          const finding = param.name.endsWith('benefit') ? findingOf(param) : undefined;
          return finding ? [finding] : [];
        })
      : [];
  const hintIds =
    [local.length > 0 ? findingsId(benefitId) : null, fromServer.length > 0 ? refusedId(benefitId) : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <StepFrame
      id="voucher-evaluation"
      heading={t('vouchers.steps.evaluate')}
      submitLabel={t('vouchers.steps.evaluateSubmit')}
      error={step.error}
      fields={['benefit', 'score', 'lessonIds']}
      pending={step.isPending}
      onSubmit={(event) => {
        event.preventDefault();
        setSent(benefit);
        step.mutate({ benefit, score: Number(score) || 0, lessonIds: lessons.map(({ id }) => id) });
      }}
    >
      <TextAreaField
        id={benefitId}
        label={t('vouchers.benefit')}
        value={benefit}
        error={fromServer.length > 0 ? undefined : errors.benefit}
        rows={4}
        aria-invalid={local.length + fromServer.length > 0 ? true : undefined}
        extraDescribedBy={hintIds}
        onChange={(event) => setBenefit(event.target.value)}
        after={
          <>
            <IdentifierFindings id={findingsId(benefitId)} fieldId={benefitId} text={benefit} findings={local} />
            <IdentifierFindings
              id={refusedId(benefitId)}
              fieldId={benefitId}
              text={benefit}
              findings={fromServer}
              fromServer
            />
          </>
        }
      />
      <SelectField
        id="evaluation-score"
        label={t('vouchers.score')}
        value={score}
        error={errors.score}
        onChange={(event) => setScore(event.target.value)}
        options={[
          { value: '', label: t('common.choose') },
          ...([1, 2, 3, 4, 5] as const).map((value) => ({
            value: String(value),
            label: t(`vouchers.scores.${value}`),
          })),
        ]}
      />
      <SearchPicker
        id="evaluation-lesson"
        label={t('vouchers.lesson')}
        value={picked}
        onChange={setPicked}
        optionsQuery={lessonOptions(voucher.network.id)}
        error={errors.lessonIds}
        allowEmpty
      />
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={!picked || lessons.some(({ id }) => id === picked.id)}
        onClick={() => {
          if (picked) setLessons([...lessons, picked]);
          setPicked(null);
        }}
      >
        {t('vouchers.addLesson')}
      </Button>
      {lessons.length > 0 ? (
        <UnorderedList aria-label={t('vouchers.lessonsChosen')}>
          {lessons.map((lesson) => (
            <UnorderedListItem key={lesson.id}>
              {lesson.name}{' '}
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => setLessons(lessons.filter(({ id }) => id !== lesson.id))}
              >
                {t('vouchers.removeLesson', { lesson: lesson.name })}
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </StepFrame>
  );
}
