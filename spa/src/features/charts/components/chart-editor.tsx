import { type Chart, type ChartPayload, type Dataset, resolveTheme } from '@notionchartkit/shared';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Field } from '../../../components/ui/field';
import { PageHeader } from '../../../components/ui/page-header';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { useResolvedTheme } from '../../../lib/theme';
import { showToast } from '../../../lib/toasts';
import { useCreateChart } from '../api/create-chart';
import { useDeleteChart } from '../api/delete-chart';
import { useUpdateChart } from '../api/update-chart';
import { type ChartDraft, effectiveConfig, withDataset } from '../builder/chart-draft';
import { configFieldErrors, humanize } from '../builder/config-problems';
import { type PreviewRows, useChartPreview } from '../builder/use-chart-preview';
import { AppearanceFields } from './builder/appearance-fields';
import { ArrangementFields } from './builder/arrangement-fields';
import { ChartTypeField } from './builder/chart-type-field';
import { FilterFields } from './builder/filter-fields';
import { GroupByField } from './builder/group-by-field';
import { MeasureFields } from './builder/measure-fields';
import { XAxisFields } from './builder/x-axis-fields';
import { ChartPreviewPanel } from './chart-preview-panel';
import { SharePanel } from './share-panel';

const FORM_ID = 'chart-form';

/**
 * The chart builder: the form, its live preview, save / duplicate / delete, and, once saved,
 * the share panel. The page owns the draft (it loads the rows of the draft's dataset).
 */
export function ChartEditor({
  chart,
  draft,
  onDraftChange,
  datasets,
  dataset,
  rows,
  onCreated,
  onDeleted,
}: {
  chart: Chart | undefined;
  draft: ChartDraft;
  onDraftChange: (draft: ChartDraft) => void;
  datasets: readonly Dataset[];
  dataset: Dataset | undefined;
  rows: PreviewRows | null;
  onCreated: (chart: Chart) => void;
  onDeleted: () => void;
}) {
  const create = useCreateChart();
  const update = useUpdateChart(chart?.id ?? '');
  const remove = useDeleteChart();
  const [submitted, setSubmitted] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const appTheme = useResolvedTheme();

  const schema = useMemo(() => dataset?.schema ?? [], [dataset]);
  const config = useMemo(() => effectiveConfig(draft.config, schema), [draft.config, schema]);
  const localErrors = useMemo(() => configFieldErrors(config, schema), [config, schema]);
  const saving = create.isPending || update.isPending;
  const saveError = chart ? update.error : create.error;
  const errors = {
    ...humanize(fieldErrorsOf(saveError)),
    ...localErrors,
    ...(submitted && draft.name.trim() === '' ? { name: 'Give the chart a name.' } : {}),
    ...(submitted && !draft.datasetId ? { datasetId: 'Choose a dataset.' } : {}),
  };
  const valid = Object.keys(localErrors).length === 0 && Boolean(dataset);

  const preview = useChartPreview({
    datasetId: draft.datasetId,
    syncedAt: dataset?.lastSyncedAt ?? null,
    config,
    schema,
    valid,
    rows,
  });
  const previewData = preview.status === 'ready' ? preview.data : undefined;
  const payload = useMemo<ChartPayload | undefined>(
    () =>
      previewData && {
        type: config.type,
        name: draft.name,
        options: config.options ?? {},
        data: previewData,
      },
    [previewData, config.type, config.options, draft.name],
  );

  const change = (next: ChartDraft) => {
    // An answer about the old draft no longer describes the new one.
    create.reset();
    update.reset();
    onDraftChange(next);
  };
  const changeConfig = (next: ChartDraft['config']) => change({ ...draft, config: next });

  // Both sides go through effectiveConfig, so key order and ignored fields never count as edits.
  const saved = chart && {
    name: chart.name,
    datasetId: chart.datasetId,
    config: JSON.stringify(effectiveConfig(chart.config, schema)),
  };
  const dirty =
    !saved ||
    saved.name !== draft.name ||
    saved.datasetId !== draft.datasetId ||
    saved.config !== JSON.stringify(config);

  const focusFirstProblem = () =>
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    if (!valid || draft.name.trim() === '') {
      focusFirstProblem();
      return;
    }
    const body = { name: draft.name.trim(), config };
    if (chart) {
      update.mutate(body, {
        onSuccess: () => showToast('Chart saved.', 'success'),
        onError: focusFirstProblem,
      });
    } else {
      create.mutate(
        { datasetId: draft.datasetId, ...body },
        {
          onSuccess: (created) => {
            showToast('Chart saved. Share it from the panel below.', 'success');
            onCreated(created);
          },
          onError: focusFirstProblem,
        },
      );
    }
  };

  const duplicate = () => {
    if (!chart) return;
    create.mutate(
      { datasetId: chart.datasetId, name: `${chart.name} (copy)`, config: chart.config },
      {
        onSuccess: (copy) => {
          showToast(`Duplicated as “${copy.name}”.`, 'success');
          onCreated(copy);
        },
      },
    );
  };

  return (
    <div className="stack stack--loose">
      <PageHeader
        title={chart ? chart.name : 'New chart'}
        description={dirty ? (chart ? 'Unsaved changes' : 'Not saved yet') : 'All changes saved'}
        actions={
          <>
            {chart && (
              <>
                <button
                  type="button"
                  className="button button--danger-quiet"
                  onClick={() => setConfirmingDelete(true)}
                >
                  Delete
                </button>
                <button type="button" className="button" onClick={duplicate} disabled={saving}>
                  Duplicate
                </button>
              </>
            )}
            <button
              type="submit"
              form={FORM_ID}
              className="button button--primary"
              disabled={saving || (chart !== undefined && !dirty)}
            >
              {saving ? 'Saving…' : 'Save chart'}
            </button>
          </>
        }
      />
      <div className="builder">
        <form
          id={FORM_ID}
          ref={form}
          className="builder__form"
          onSubmit={save}
          noValidate
          aria-label="Chart settings"
        >
          <Field label="Chart name" error={errors.name}>
            {(control) => (
              <input
                {...control}
                className="input"
                value={draft.name}
                maxLength={200}
                onChange={(event) => change({ ...draft, name: event.target.value })}
              />
            )}
          </Field>
          <Field
            label="Dataset"
            error={errors.datasetId}
            hint={
              chart
                ? 'A saved chart stays on its dataset; duplicate it to chart another.'
                : undefined
            }
          >
            {(control) => (
              <select
                {...control}
                className="select"
                value={draft.datasetId}
                disabled={chart !== undefined}
                onChange={(event) => {
                  const next = datasets.find((each) => each.id === event.target.value);
                  if (next) change(withDataset(draft, next));
                }}
              >
                {!draft.datasetId && <option value="">Choose a dataset…</option>}
                {datasets.map((each) => (
                  <option key={each.id} value={each.id}>
                    {each.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {dataset && (
            <>
              <ChartTypeField
                config={draft.config}
                schema={schema}
                errors={errors}
                onChange={changeConfig}
              />
              <XAxisFields
                config={draft.config}
                schema={schema}
                errors={errors}
                onChange={changeConfig}
              />
              <MeasureFields
                config={draft.config}
                schema={schema}
                errors={errors}
                onChange={changeConfig}
              />
              <GroupByField
                config={draft.config}
                schema={schema}
                errors={errors}
                onChange={changeConfig}
              />
              <FilterFields
                config={draft.config}
                schema={schema}
                errors={errors}
                onChange={changeConfig}
              />
              <ArrangementFields
                config={draft.config}
                schema={schema}
                errors={errors}
                onChange={changeConfig}
              />
              <AppearanceFields
                config={draft.config}
                schema={schema}
                errors={errors}
                onChange={changeConfig}
              />
            </>
          )}
        </form>
        <div className="builder__preview">
          <ChartPreviewPanel
            preview={preview}
            payload={payload}
            theme={resolveTheme(config.options?.theme, appTheme === 'dark')}
            totalRows={dataset?.rowCount ?? 0}
          />
        </div>
      </div>
      {chart && <SharePanel chart={chart} />}
      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete ${chart?.name ?? 'this chart'}?`}
        confirmLabel="Delete chart"
        busy={remove.isPending}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() => {
          if (!chart) return;
          remove.mutate(chart.id, {
            onSuccess: () => {
              setConfirmingDelete(false);
              showToast(`Deleted ${chart.name}.`, 'success');
              onDeleted();
            },
          });
        }}
      >
        <p>Its embeds and links stop working at once. The dataset and its other charts stay.</p>
      </ConfirmDialog>
    </div>
  );
}
