import { type ChartPayload, type ResolvedTheme } from '@notionchartkit/shared';
import { ErrorState } from '../../../components/ui/error-state';
import { Skeleton } from '../../../components/ui/skeleton';
import type { PreviewState } from '../builder/use-chart-preview';
import { ChartFigure } from './chart-figure';

const count = new Intl.NumberFormat('en-US');

/** The live preview beside the form, with what it is computed from. */
export function ChartPreviewPanel({
  preview,
  payload,
  theme,
  totalRows,
}: {
  preview: PreviewState;
  payload: ChartPayload | undefined;
  theme: ResolvedTheme;
  totalRows: number;
}) {
  return (
    <section
      className="preview-panel"
      aria-labelledby="preview-title"
      aria-busy={preview.status === 'loading'}
    >
      <h2 id="preview-title" className="panel__title">
        Preview
      </h2>
      <PreviewBody preview={preview} payload={payload} theme={theme} totalRows={totalRows} />
    </section>
  );
}

function PreviewBody({
  preview,
  payload,
  theme,
  totalRows,
}: {
  preview: PreviewState;
  payload: ChartPayload | undefined;
  theme: ResolvedTheme;
  totalRows: number;
}) {
  switch (preview.status) {
    case 'invalid':
      return (
        <p className="preview-panel__note">
          The preview comes back as soon as the highlighted fields are fixed.
        </p>
      );
    case 'loading':
      return <Skeleton lines={6} label="Loading the preview" />;
    case 'error':
      return <ErrorState title="Could not compute the preview" error={preview.error} />;
    case 'ready':
      if (!payload) return null;
      return (
        <>
          <div
            className={
              preview.updating ? 'preview-panel__chart is-updating' : 'preview-panel__chart'
            }
          >
            <ChartFigure payload={payload} theme={theme} />
          </div>
          <p className="preview-panel__note">
            {preview.loadedRows !== undefined
              ? `Loading rows: ${count.format(preview.loadedRows)} of ${count.format(totalRows)} so far.`
              : `${count.format(preview.data.meta.rowCount)} rows counted.`}
          </p>
        </>
      );
  }
}
