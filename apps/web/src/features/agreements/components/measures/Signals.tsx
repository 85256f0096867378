import type { Measure } from '@leerkring/domain';
import { Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../lib/use-language';

/** The signals in words: which rule, how many points, from when to when, and whether it goes the better way. */
export function Signals({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const tooFew = measure.analysis.segments.some((segment) => segment.tooFewPoints);
  return (
    <>
      <Paragraph>
        <strong>{t('measures.signals')}</strong>
      </Paragraph>
      {measure.analysis.signals.length === 0 ? (
        <Paragraph>{t('measures.noSignals')}</Paragraph>
      ) : (
        <ul className="lk-measure-signals">
          {measure.analysis.signals.map((signal) => (
            <li key={signal.id}>
              {'▲ '}
              {t('measures.signalText', {
                rule: t(`measures.rule.${signal.rule}`),
                count: signal.points.length,
                from: formatDate(signal.points[0]!.date),
                to: formatDate(signal.points.at(-1)!.date),
              })}
              {signal.favourable === null
                ? ''
                : ` ${t(signal.favourable ? 'measures.favourable' : 'measures.unfavourable')}`}
            </li>
          ))}
        </ul>
      )}
      {tooFew ? <Paragraph>{t('measures.tooFewPoints')}</Paragraph> : null}
    </>
  );
}
