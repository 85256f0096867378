import { Alert, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { draftOf } from '../draft';
import { resolutionId, type Resolution } from '../version-editor';

/** What happened to the conflict, and, where both changed a clause, the other's text beside the person's. */
export function ResolutionNotice({ resolution }: { resolution: Resolution }) {
  const { t } = useTranslation();
  const theirs = draftOf(resolution.theirs);
  const titleOf = (id: string) => theirs.clauses.find((clause) => clause.id === id)?.title || id;
  return (
    <Alert type="info">
      <div id={resolutionId} tabIndex={-1}>
        <Paragraph>
          {t(`agreements.conflict.resolved.${resolution.how}`, { revision: resolution.theirs.revision })}
        </Paragraph>
        {resolution.bothChanged.length > 0 || resolution.changelogBothChanged ? (
          <>
            <Paragraph>
              {t('agreements.conflict.resolved.bothChanged', {
                titles: [
                  ...resolution.bothChanged.map(titleOf),
                  ...(resolution.changelogBothChanged ? [t('agreements.changelog')] : []),
                ].join(', '),
              })}
            </Paragraph>
            <details>
              <summary>{t('agreements.conflict.resolved.theirText')}</summary>
              {resolution.bothChanged.map((id) => {
                const clause = theirs.clauses.find((item) => item.id === id);
                return (
                  <div key={id}>
                    <p className="lk-clause__title">{titleOf(id)}</p>
                    <p className="lk-pre-wrap">{clause ? clause.text : t('agreements.conflict.theirs.removed')}</p>
                  </div>
                );
              })}
              {resolution.changelogBothChanged ? (
                <div>
                  <p className="lk-clause__title">{t('agreements.changelog')}</p>
                  <p className="lk-pre-wrap">{theirs.changelog}</p>
                </div>
              ) : null}
            </details>
          </>
        ) : null}
      </div>
    </Alert>
  );
}
