import type { AgreementDiff } from '@leerkring/domain';
import { Heading, Paragraph } from '@leerkring/ui';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { LessonList } from './LessonLink';

type ClauseDiff = AgreementDiff['clauses'][number];
type Part = ClauseDiff['parts'][number];

/**
 * Word changes as `<ins>` and `<del>`, each also said in words for screen readers ("ingevoegd:", "verwijderd:") and
 * marked by underline and strike-through, not by colour alone.
 */
export function WordParts({ parts }: { parts: readonly Part[] }) {
  const { t } = useTranslation();
  return (
    <p className="lk-pre-wrap lk-diff__text">
      {parts.map((part, index) =>
        part.kind === 'insert' ? (
          <ins key={index} className="lk-diff__ins">
            <span className="lk-visually-hidden">{t('agreements.diff.inserted')} </span>
            {part.text}
            <span className="lk-visually-hidden"> {t('agreements.diff.end')} </span>
          </ins>
        ) : part.kind === 'delete' ? (
          <del key={index} className="lk-diff__del">
            <span className="lk-visually-hidden">{t('agreements.diff.deleted')} </span>
            {part.text}
            <span className="lk-visually-hidden"> {t('agreements.diff.end')} </span>
          </del>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}

/** The lessons a clause newly names, and those it no longer names (the leerlijn changing with the text). */
function LessonChanges({ added, removed }: { added: readonly string[]; removed: readonly string[] }) {
  const { t } = useTranslation();
  if (added.length === 0 && removed.length === 0) return null;
  return (
    <div className="lk-diff__lessons">
      <LessonList label={t('agreements.diff.lessonsAdded', { count: added.length })} lessonIds={added} />
      <LessonList label={t('agreements.diff.lessonsRemoved', { count: removed.length })} lessonIds={removed} />
    </div>
  );
}

/** What happened to a clause, in words: "Gewijzigd", "Toegevoegd", "Verplaatst van plaats 1 naar 3" … */
export function changeLabel(t: TFunction, clause: ClauseDiff): string {
  const labels: string[] = [];
  if (clause.change === 'added') labels.push(t('agreements.diff.change.added'));
  else if (clause.change === 'removed') labels.push(t('agreements.diff.change.removed'));
  else if (clause.change === 'changed') labels.push(t('agreements.diff.change.changed'));
  else if (clause.change === 'unchanged') labels.push(t('agreements.diff.change.unchanged'));
  if (clause.moved && clause.fromIndex !== null && clause.toIndex !== null) {
    labels.push(t('agreements.diff.change.moved', { from: clause.fromIndex + 1, to: clause.toIndex + 1 }));
  }
  const text = labels.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The diff of two versions, clause by clause. */
export function DiffView({
  diff,
  onlyChanges,
  headingLevel = 2,
}: {
  diff: AgreementDiff;
  onlyChanges: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const shown = onlyChanges
    ? diff.clauses.filter((clause) => clause.change !== 'unchanged' || clause.moved)
    : diff.clauses;
  const count = (change: ClauseDiff['change']) => diff.clauses.filter((clause) => clause.change === change).length;
  const moved = diff.clauses.filter((clause) => clause.moved).length;
  return (
    <>
      <Paragraph>
        {t('agreements.diff.summary', {
          changed: count('changed'),
          added: count('added'),
          removed: count('removed'),
          moved,
          unchanged: count('unchanged'),
        })}
      </Paragraph>
      {shown.length === 0 ? <Paragraph>{t('agreements.diff.noChanges')}</Paragraph> : null}
      <ol
        className="lk-diff"
        aria-label={t('agreements.diff.listLabel', { from: diff.from.number, to: diff.to.number })}
      >
        {shown.map((clause) => {
          const titleChanged =
            clause.fromTitle !== null && clause.toTitle !== null && clause.fromTitle !== clause.toTitle;
          const title = clause.toTitle ?? clause.fromTitle ?? clause.clauseId;
          return (
            <li key={clause.clauseId} className={`lk-diff__clause lk-diff__clause--${clause.change}`}>
              <Heading level={headingLevel === 2 ? 3 : 4} className="lk-diff__title">
                {clause.change === 'removed' ? (
                  <del className="lk-diff__del">{title}</del>
                ) : (
                  title || t('agreements.clauses.untitled')
                )}
              </Heading>
              <p className="lk-diff__label">
                <strong>{changeLabel(t, clause)}</strong>
                {clause.change === 'removed' && clause.fromIndex !== null
                  ? ` (${t('agreements.diff.wasAt', { position: clause.fromIndex + 1 })})`
                  : null}
                {clause.change === 'added' && clause.toIndex !== null
                  ? ` (${t('agreements.diff.nowAt', { position: clause.toIndex + 1 })})`
                  : null}
              </p>
              {titleChanged ? (
                <p className="lk-diff__title-change">
                  {t('agreements.diff.titleChanged')}{' '}
                  <del className="lk-diff__del">
                    <span className="lk-visually-hidden">{t('agreements.diff.deleted')} </span>
                    {clause.fromTitle}
                  </del>{' '}
                  <ins className="lk-diff__ins">
                    <span className="lk-visually-hidden">{t('agreements.diff.inserted')} </span>
                    {clause.toTitle}
                  </ins>
                </p>
              ) : null}
              <WordParts parts={clause.parts} />
              <LessonChanges
                added={clause.lessonIdsAdded}
                removed={clause.change === 'removed' ? [] : clause.lessonIdsRemoved}
              />
            </li>
          );
        })}
      </ol>
    </>
  );
}
