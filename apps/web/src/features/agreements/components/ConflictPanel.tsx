import type { AgreementVersion } from '@leerkring/domain';
import { Button, Heading2, Heading3, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { formatDateTime } from '../../../lib/formatting';
import { useLanguage } from '../../../lib/use-language';
import { draftOf, editOf, type ClauseEdit, type Draft } from '../draft';

/** Where focus goes when the conflict appears. */
export const conflictHeadingId = 'conflict-heading';

/** One side of the conflict: its clauses in order, each marked in words with what changed since the text was read. */
function Side({
  id,
  heading,
  draft,
  readAs,
  side,
}: {
  id: string;
  heading: string;
  draft: Draft;
  readAs: Draft;
  side: 'theirs' | 'mine';
}) {
  const { t } = useTranslation();
  const marker = (edit: ClauseEdit) =>
    edit === 'unchanged' ? null : (
      <strong className="lk-change-label">{t(`agreements.conflict.${side}.${edit}`)}</strong>
    );
  const removed = readAs.clauses.filter((clause) => editOf(readAs, draft, clause.id) === 'removed');
  const changelogChanged = readAs.changelog.trim() !== draft.changelog.trim();
  return (
    <section aria-labelledby={id} className="lk-conflict__side" data-side={side}>
      <Heading3 id={id}>{heading}</Heading3>
      <ol className="lk-clauses lk-clauses--compact">
        {draft.clauses.map((clause, index) => {
          const edit = editOf(readAs, draft, clause.id);
          return (
            <li key={clause.id} className={edit === 'unchanged' ? 'lk-clause' : 'lk-clause lk-clause--edited'}>
              <p className="lk-clause__title">
                {t('agreements.clauses.numbered', {
                  number: index + 1,
                  title: clause.title || t('agreements.clauses.untitled'),
                })}{' '}
                {marker(edit)}
              </p>
              <p className="lk-pre-wrap">{clause.text}</p>
            </li>
          );
        })}
      </ol>
      {removed.length > 0 ? (
        <Paragraph>
          <strong>{t(`agreements.conflict.${side}.removed`)}</strong>:{' '}
          {removed.map((clause) => clause.title || clause.id).join(', ')}
        </Paragraph>
      ) : null}
      <p className="lk-clause__title">
        {t('agreements.changelog')}{' '}
        {changelogChanged ? (
          <strong className="lk-change-label">{t(`agreements.conflict.${side}.changed`)}</strong>
        ) : null}
      </p>
      <p className="lk-pre-wrap">{draft.changelog || t('agreements.noChangelog')}</p>
    </section>
  );
}

/**
 * A save refused because someone else saved first: nothing was overwritten. Both texts side by side — theirs as stored
 * now, and what the person typed — and the ways on: re-apply the person's changes onto the current version, keep only
 * their own version, or discard it.
 */
export function ConflictPanel({
  theirs,
  readAs,
  mine,
  onReapply,
  onKeepMine,
  onDiscardMine,
}: {
  theirs: AgreementVersion;
  readAs: Draft;
  mine: Draft;
  onReapply: () => void;
  onKeepMine: () => void;
  onDiscardMine: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <section className="lk-conflict" aria-labelledby={conflictHeadingId}>
      <Heading2 id={conflictHeadingId} tabIndex={-1}>
        {t('agreements.conflict.heading')}
      </Heading2>
      <Paragraph>
        {t('agreements.conflict.lead', {
          name: theirs.updatedBy.name,
          revision: theirs.revision,
          when: formatDateTime({ timestamp: theirs.updatedAt, language }),
        })}
      </Paragraph>
      <div className="lk-side-by-side">
        <Side
          id="conflict-theirs"
          side="theirs"
          heading={t('agreements.conflict.theirsHeading', { revision: theirs.revision })}
          draft={draftOf(theirs)}
          readAs={readAs}
        />
        <Side
          id="conflict-mine"
          side="mine"
          heading={t('agreements.conflict.mineHeading')}
          draft={mine}
          readAs={readAs}
        />
      </div>
      <Heading3>{t('agreements.conflict.choose')}</Heading3>
      <ul className="lk-conflict__choices">
        <li>
          <Button type="button" appearance="primary-action-button" onClick={onReapply}>
            {t('agreements.conflict.reapply')}
          </Button>
          <p className="lk-hint">{t('agreements.conflict.reapplyHint')}</p>
        </li>
        <li>
          <Button type="button" appearance="secondary-action-button" onClick={onKeepMine}>
            {t('agreements.conflict.keepMine')}
          </Button>
          <p className="lk-hint">{t('agreements.conflict.keepMineHint', { revision: theirs.revision })}</p>
        </li>
        <li>
          <ConfirmButton
            label={t('agreements.conflict.discardMine')}
            question={t('agreements.conflict.discardMineQuestion')}
            confirmLabel={t('agreements.conflict.discardMineConfirm')}
            onConfirm={onDiscardMine}
          />
          <p className="lk-hint">{t('agreements.conflict.discardMineHint')}</p>
        </li>
      </ul>
    </section>
  );
}
