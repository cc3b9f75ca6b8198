import type { Chart } from '@notionchartkit/shared';
import { type FormEvent, useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyButton } from '../../../components/ui/copy-button';
import { Field } from '../../../components/ui/field';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { showToast } from '../../../lib/toasts';
import { useRotateChartKey } from '../api/rotate-chart-key';
import { useUpdateChart } from '../api/update-chart';
import { parseOrigins } from './allowed-origins';

const SNIPPETS = [
  {
    key: 'url',
    title: 'Notion embed link',
    hint: 'In Notion, type /embed and paste this link.',
    copy: 'Copy link',
  },
  { key: 'iframe', title: 'iframe', hint: 'For any page that takes HTML.', copy: 'Copy iframe' },
  {
    key: 'script',
    title: 'Script tag',
    hint: 'Sizes itself to the page and keeps the chart live.',
    copy: 'Copy script tag',
  },
] as const;

/** Who can see the chart, where it may be embedded, and the snippets to embed it with. */
export function SharePanel({ chart }: { chart: Chart }) {
  const update = useUpdateChart(chart.id);
  const rotate = useRotateChartKey(chart.id);
  const [originsText, setOriginsText] = useState(chart.allowedOrigins.join('\n'));
  const [originsProblem, setOriginsProblem] = useState<string | undefined>();
  const [confirmingRotate, setConfirmingRotate] = useState(false);
  const serverErrors = fieldErrorsOf(update.error);
  const serverOriginsProblem = Object.entries(serverErrors).find(([field]) =>
    field.startsWith('allowedOrigins'),
  )?.[1];

  const saveOrigins = (event: FormEvent) => {
    event.preventDefault();
    const { origins, problem } = parseOrigins(originsText);
    setOriginsProblem(problem);
    if (problem) return;
    update.mutate(
      { allowedOrigins: origins },
      {
        onSuccess: (saved) => {
          setOriginsText(saved.allowedOrigins.join('\n'));
          showToast(
            saved.allowedOrigins.length === 0
              ? 'Any site may embed this chart.'
              : 'Allowed sites saved.',
            'success',
          );
        },
      },
    );
  };

  return (
    <section className="panel share-panel" aria-labelledby="share-title">
      <h2 id="share-title" className="panel__title">
        Share and embed
      </h2>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={chart.isPublic}
          disabled={update.isPending}
          onChange={(event) =>
            update.mutate(
              { isPublic: event.target.checked },
              {
                onSuccess: (saved) =>
                  showToast(
                    saved.isPublic
                      ? 'The chart is public: embeds show it.'
                      : 'The chart is private: embeds show nothing.',
                    'success',
                  ),
              },
            )
          }
        />
        <span className="switch__track" aria-hidden="true" />
        <span>
          <span className="switch__label">Public</span>
          <span className="switch__hint">
            {chart.isPublic
              ? 'Anyone with the link or the embed sees the chart (never the rows behind it).'
              : 'Private: embeds and links show nothing until you make it public.'}
          </span>
        </span>
      </label>

      <div className="snippets">
        {SNIPPETS.map((snippet) => (
          <div key={snippet.key} className="snippet-block">
            <div className="snippet-block__head">
              <h3 className="section-title">{snippet.title}</h3>
              <CopyButton text={chart.embed[snippet.key]} label={snippet.copy} />
            </div>
            <code className="snippet__code">{chart.embed[snippet.key]}</code>
            <p className="field__hint">{snippet.hint}</p>
          </div>
        ))}
      </div>

      <form className="stack stack--tight" onSubmit={saveOrigins} noValidate>
        <Field
          label="Sites allowed to embed"
          hint="One origin per line, like https://example.com. Leave empty to allow any site."
          error={originsProblem ?? serverOriginsProblem}
        >
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={3}
              spellCheck={false}
              value={originsText}
              onChange={(event) => {
                setOriginsText(event.target.value);
                setOriginsProblem(undefined);
              }}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button" disabled={update.isPending}>
            Save allowed sites
          </button>
        </div>
      </form>

      <div className="stack stack--tight">
        <h3 className="section-title">Embed preview</h3>
        {chart.isPublic ? (
          <iframe
            key={chart.updatedAt}
            className="embed-preview"
            src={chart.embed.url}
            title={`Embed preview of ${chart.name}`}
            loading="lazy"
          />
        ) : (
          <p className="muted">Make the chart public to see the embed as readers will.</p>
        )}
      </div>

      <div className="stack stack--tight">
        <h3 className="section-title">Embed key</h3>
        <p className="muted">
          Rotate the key if a snippet was shared where it should not be. Every current embed stops
          working.
        </p>
        <div>
          <button
            type="button"
            className="button button--danger-quiet"
            onClick={() => setConfirmingRotate(true)}
          >
            Rotate key
          </button>
        </div>
      </div>
      <ConfirmDialog
        open={confirmingRotate}
        title="Rotate the embed key?"
        confirmLabel="Rotate key"
        busy={rotate.isPending}
        onCancel={() => setConfirmingRotate(false)}
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: () => {
              setConfirmingRotate(false);
              showToast(
                'New key ready. Paste the new snippet wherever the chart is embedded.',
                'success',
              );
            },
          })
        }
      >
        <p>
          Every embed, link and script tag that uses the current key stops working at once. You will
          need to paste the new snippet wherever this chart is embedded.
        </p>
      </ConfirmDialog>
    </section>
  );
}
