import { Heading3 } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { localeOf } from '../../../lib/formatting';
import { useLanguage } from '../../../lib/use-language';
import type { BlockBudget } from '../dashboard-view';

/** Planned and spent, told apart by a legend and position as well as by colour (both at least 3:1 on white). */
const colours = { planned: '#1f4e79', spent: '#b34700' } as const;

/**
 * Planned against spent per year, one small chart per SPUK block. The chart is an image with a name that says what
 * it shows; the table beside it holds the same figures for anyone who cannot see it.
 */
export function BudgetChart({ blocks }: { blocks: readonly BlockBudget[] }) {
  const { t } = useTranslation();
  const { language, formatEuro } = useLanguage();
  const compact = new Intl.NumberFormat(localeOf(language), {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (
    <div className="lk-budget-charts">
      {blocks.map((block) => {
        const headingId = `budget-chart-${block.block}`;
        const data = block.years.map((line) => ({
          year: String(line.year),
          planned: line.plannedCents / 100,
          spent: line.spentCents / 100,
        }));
        return (
          <section key={block.block} aria-labelledby={headingId} className="lk-budget-chart">
            <Heading3 id={headingId}>{block.label}</Heading3>
            <div
              role="img"
              aria-label={t('gala.budget.chartLabel', {
                block: block.label,
                planned: formatEuro(block.plannedCents),
                spent: formatEuro(block.spentCents),
              })}
            >
              <BarChart
                responsive
                style={{ width: '100%', height: 220 }}
                data={data}
                accessibilityLayer={false}
                margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="year" />
                <YAxis width={64} tickFormatter={(value: number) => compact.format(value)} />
                <Legend />
                <Bar
                  dataKey="planned"
                  name={t('gala.budget.planned')}
                  fill={colours.planned}
                  isAnimationActive={false}
                />
                <Bar dataKey="spent" name={t('gala.budget.spent')} fill={colours.spent} isAnimationActive={false} />
              </BarChart>
            </div>
          </section>
        );
      })}
    </div>
  );
}
