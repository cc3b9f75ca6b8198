import { CHART_TYPES, type ChartType } from '@notionchartkit/shared';
import { FieldProblem } from '../../../../components/ui/field';
import { withType } from '../../builder/chart-draft';
import type { SectionProps } from './section-props';

const TYPES: Record<ChartType, { label: string; glyph: string }> = {
  bar: { label: 'Bar', glyph: '▥' },
  line: { label: 'Line', glyph: '╱' },
  area: { label: 'Area', glyph: '◭' },
  pie: { label: 'Pie', glyph: '◕' },
  doughnut: { label: 'Doughnut', glyph: '◎' },
  scatter: { label: 'Scatter', glyph: '⁘' },
  number: { label: 'Number', glyph: '#' },
};

/** Radio buttons styled as tiles: arrow keys move between types, as in any radio group. */
export function ChartTypeField({ config, schema, errors, onChange }: SectionProps) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Chart type</legend>
      <div className="type-picker">
        {CHART_TYPES.map((type) => (
          <label key={type} className="type-picker__option">
            <input
              type="radio"
              name="chart-type"
              className="type-picker__input"
              value={type}
              checked={config.type === type}
              onChange={() => onChange(withType(config, type, schema))}
            />
            <span className="type-picker__tile">
              <span className="type-picker__glyph" aria-hidden="true">
                {TYPES[type].glyph}
              </span>
              {TYPES[type].label}
            </span>
          </label>
        ))}
      </div>
      {errors['config.type'] && <FieldProblem problem={errors['config.type']} />}
    </fieldset>
  );
}
