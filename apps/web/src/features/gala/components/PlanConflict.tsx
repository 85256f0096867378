import type { GalaPlan } from '@leerkring/domain';
import { Alert, Button, Heading2, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/formatting';
import { useLanguage } from '../../../lib/use-language';
import { planConflictId } from '../use-plan-editor';
import { PlanBudget, PlanChainApproaches, PlanMilestones } from './PlanSections';

/**
 * A save refused because the plan changed since it was read: nothing was overwritten, and the form below still holds
 * what the person typed. The plan as it is now, and the two ways on.
 */
export function PlanConflict({
  current,
  onApply,
  onStartOver,
}: {
  current: GalaPlan;
  onApply: () => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Alert type="warning">
      <section aria-labelledby={planConflictId} className="lk-conflict">
        <Heading2 id={planConflictId} tabIndex={-1}>
          {t('gala.conflict.heading')}
        </Heading2>
        <Paragraph>
          {t('gala.conflict.lead', {
            revision: current.revision,
            when: formatDateTime({ timestamp: current.updatedAt, language }),
          })}
        </Paragraph>
        <details>
          <summary>{t('gala.conflict.showCurrent', { revision: current.revision })}</summary>
          <PlanChainApproaches plan={current} />
          <PlanBudget plan={current} />
          <PlanMilestones plan={current} />
        </details>
        <div className="lk-actions">
          <Button type="button" appearance="primary-action-button" onClick={onApply}>
            {t('gala.conflict.apply')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onStartOver}>
            {t('gala.conflict.startOver')}
          </Button>
        </div>
      </section>
    </Alert>
  );
}
