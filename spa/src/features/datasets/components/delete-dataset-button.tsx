import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { showToast } from '../../../lib/toasts';
import { useDeleteDataset } from '../api/delete-dataset';
import type { DatasetWithSync } from '../dataset-sync';

/** `chartCount`: how many charts go with it, told by the page (charts are another feature). */
export function DeleteDatasetButton({
  dataset,
  chartCount,
  onDeleted,
}: {
  dataset: DatasetWithSync;
  chartCount: number | undefined;
  onDeleted: () => void;
}) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteDataset();
  const charts =
    chartCount === undefined
      ? 'every chart built on it'
      : chartCount === 1
        ? 'its 1 chart'
        : `its ${chartCount} charts`;
  return (
    <>
      <button type="button" className="button button--danger-quiet" onClick={() => setOpen(true)}>
        Delete dataset
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete ${dataset.name}?`}
        confirmLabel="Delete dataset"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(dataset.id, {
            onSuccess: () => {
              setOpen(false);
              showToast(`Deleted ${dataset.name}.`, 'success');
              onDeleted();
            },
          })
        }
      >
        <p>
          This removes the synced rows and {charts}. Embeds of those charts stop working at once.
          The database in Notion is not touched.
        </p>
      </ConfirmDialog>
    </>
  );
}
