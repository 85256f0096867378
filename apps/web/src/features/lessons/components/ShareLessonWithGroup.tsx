import { Alert, Heading2, Paragraph, ProblemAlert, SelectField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { TextLink } from '../../../components/TextLink';
import { isApiProblem, problemOf } from '../../../lib/api-client';
import { canWith } from '../../../lib/auth/principal';
import { useMe } from '../../../lib/auth/use-session';
import { myLearningGroupsQueryOptions, useShareLesson } from '../api/group-lessons';

/** Share a bouwteam lesson into a learning group the caller is a member of: pick the group, confirm. */
export function ShareLessonWithGroup({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const groups = useQuery(myLearningGroupsQueryOptions());
  const share = useShareLesson(lessonId);
  const mine = (groups.data?.items ?? []).filter((group) =>
    canWith(me, 'group-lesson:write', { type: 'learning-group', id: group.id }),
  );
  const [chosen, setChosen] = useState('');
  const groupId = chosen || mine[0]?.id || '';
  if (mine.length === 0) return null;
  const alreadyShared = share.isError && isApiProblem(share.error) && share.error.problem.status === 409;
  return (
    <section aria-labelledby="lesson-share">
      <Heading2 id="lesson-share">{t('groupLessons.share')}</Heading2>
      <SelectField
        id="lesson-share-group"
        label={t('groupLessons.shareGroup')}
        value={groupId}
        onChange={(event) => {
          setChosen(event.target.value);
          share.reset();
        }}
        options={mine.map((group) => ({ value: group.id, label: group.name }))}
      />
      <ConfirmButton
        label={t('groupLessons.share')}
        question={t('groupLessons.shareQuestion', { group: mine.find((group) => group.id === groupId)?.name ?? '' })}
        confirmLabel={t('groupLessons.shareConfirm')}
        busy={share.isPending}
        onConfirm={() => share.mutate(groupId)}
      />
      {share.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>
            {t('groupLessons.shared')}{' '}
            <TextLink to={`/leergroepen/${share.data.learningGroup.id}`}>{share.data.learningGroup.name}</TextLink>
          </Paragraph>
        </Alert>
      ) : alreadyShared ? (
        <Alert type="warning" role="status">
          <Paragraph>{t('groupLessons.alreadyShared')}</Paragraph>
        </Alert>
      ) : share.isError ? (
        <ProblemAlert title={problemOf(share.error).title} detail={problemOf(share.error).detail} />
      ) : null}
    </section>
  );
}
