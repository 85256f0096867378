import type { Measure } from '@leerkring/domain';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useLanguage } from '../../../../lib/use-language';
import { runChartRows } from './run-chart-rows';

/** Values, median and annotations each differ in shape or dash as well as colour (all at least 3:1 on white). */
const colours = { value: '#1f4e79', median: '#595959', signal: '#b34700', annotation: '#6b2c91' } as const;

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { rules: string[]; index: number };
}

/** A point: a small circle, or a large triangle when it is part of a signal (shape, not only colour). */
function PointDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  if (payload.rules.length === 0) return <circle key={payload.index} cx={cx} cy={cy} r={3} fill={colours.value} />;
  return (
    <path
      key={payload.index}
      d={`M ${cx} ${cy - 7} L ${cx + 6} ${cy + 5} L ${cx - 6} ${cy + 5} Z`}
      fill={colours.signal}
      stroke="#000"
      strokeWidth={1}
    />
  );
}

/**
 * The run chart of a measure: its points by date, the median of each segment (dashed), points that make a signal as
 * triangles, and the learning cycle's moments (versions put in force, iterations begun and decided) as vertical lines
 * with a label. An image with a name; the table beside it holds the same data.
 */
export function RunChart({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useLanguage();
  const rows = runChartRows(measure);
  const short = (time: number) => new Date(time).toISOString().slice(5, 10);
  return (
    <div
      role="img"
      className="lk-run-chart"
      aria-label={t('measures.chartLabel', {
        name: measure.name,
        count: rows.length,
        signals: measure.analysis.signals.length,
      })}
    >
      <ComposedChart
        responsive
        style={{ width: '100%', height: 280 }}
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 24, right: 16, bottom: 0, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(time: number) => short(time)}
        />
        <YAxis width={48} tickFormatter={(value: number) => formatNumber(value)} />
        {measure.annotations.map((annotation) => (
          <ReferenceLine
            key={`${annotation.kind}-${annotation.date}-${annotation.label}`}
            x={Date.parse(`${annotation.date}T00:00:00Z`)}
            stroke={colours.annotation}
            strokeDasharray="2 4"
            ifOverflow="extendDomain"
            label={{
              value: annotation.kind === 'version-in-force' ? annotation.label : '◆',
              position: 'insideTopLeft',
              fill: colours.annotation,
              fontSize: 12,
            }}
          />
        ))}
        <Line
          dataKey="median"
          name={t('measures.median')}
          type="stepAfter"
          stroke={colours.median}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="value"
          name={measure.name}
          stroke={colours.value}
          dot={(props: DotProps) => <PointDot {...props} />}
          isAnimationActive={false}
        />
      </ComposedChart>
      <p className="lk-run-chart__legend" aria-hidden="true">
        {t('measures.legend', {
          from: rows[0] ? formatDate(rows[0].date) : '',
          to: rows.at(-1) ? formatDate(rows.at(-1)!.date) : '',
        })}
      </p>
    </div>
  );
}
