import type { ChartOptions, Theme } from '@notionchartkit/shared';
import { Field, FieldProblem } from '../../../../components/ui/field';
import type { SectionProps } from './section-props';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'auto', label: 'Match the reader’s system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Notion's own colors, in the order charts use them, to start a custom palette from. */
const STARTER_COLORS = ['#337ea9', '#d9730d', '#448361', '#9065b0', '#c14c8a', '#cb912f'];

const TIME_ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function AppearanceFields({ config, errors, onChange }: SectionProps) {
  const options = config.options ?? {};
  const setOption = <K extends keyof ChartOptions>(key: K, value: ChartOptions[K] | undefined) => {
    const next = { ...options };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange({ ...config, options: next });
  };
  const colors = options.colors ?? [];
  const setColors = (next: string[]) => setOption('colors', next.length > 0 ? next : undefined);

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Appearance</legend>
      <Field
        label="Title"
        hint="Shown above the chart in the embed."
        error={errors['config.options.title']}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={options.title ?? ''}
            onChange={(event) => setOption('title', event.target.value || undefined)}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label="Theme" error={errors['config.options.theme']}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={options.theme ?? 'auto'}
              onChange={(event) => setOption('theme', event.target.value as Theme)}
            >
              {THEMES.map((theme) => (
                <option key={theme.value} value={theme.value}>
                  {theme.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Time zone"
          hint="Dates are bucketed and “this month” is read in this zone."
          error={errors['config.timezone']}
        >
          {(control) => (
            <>
              <input
                {...control}
                className="input"
                list="time-zones"
                autoComplete="off"
                value={config.timezone ?? ''}
                placeholder="UTC"
                onChange={(event) =>
                  onChange({ ...config, timezone: event.target.value || undefined })
                }
              />
              <datalist id="time-zones">
                {TIME_ZONES.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      </div>
      <fieldset className="fieldset fieldset--inner">
        <legend className="field__label">Colors</legend>
        <p className="field__hint">
          {colors.length === 0
            ? 'Notion’s option colors, then a calm palette. Add colors to choose your own.'
            : 'Series and slices take these colors in turn.'}
        </p>
        <div className="color-list">
          {colors.map((color, index) => (
            <span key={index} className="color-list__item">
              <input
                type="color"
                className="color-list__input"
                aria-label={`Color ${index + 1}`}
                value={color}
                onChange={(event) =>
                  setColors(colors.map((each, at) => (at === index ? event.target.value : each)))
                }
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove color ${index + 1}`}
                onClick={() => setColors(colors.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </span>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              setColors([...colors, STARTER_COLORS[colors.length % STARTER_COLORS.length]])
            }
          >
            Add color
          </button>
        </div>
        {Object.entries(errors)
          .filter(([field]) => field.startsWith('config.options.colors'))
          .map(([field, problem]) => (
            <FieldProblem key={field} problem={problem} />
          ))}
      </fieldset>
      <div className="check-row">
        {config.type === 'bar' && (
          <label className="check">
            <input
              type="checkbox"
              className="checkbox"
              checked={options.horizontal === true}
              onChange={(event) => setOption('horizontal', event.target.checked || undefined)}
            />
            Horizontal bars
          </label>
        )}
        {config.type !== 'number' && (
          <label className="check">
            <input
              type="checkbox"
              className="checkbox"
              checked={options.dataLabels === true}
              onChange={(event) => setOption('dataLabels', event.target.checked || undefined)}
            />
            Show values on the chart
          </label>
        )}
      </div>
    </fieldset>
  );
}
