import { type FormEvent, useState } from 'react';
import { Field } from '../../../components/ui/field';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { showToast } from '../../../lib/toasts';
import { useUpdateDataset } from '../api/update-dataset';
import type { DatasetWithSync } from '../dataset-sync';
import { describeInterval, REFRESH_INTERVAL_CHOICES } from '../refresh-intervals';

export function DatasetSettingsForm({ dataset }: { dataset: DatasetWithSync }) {
  const [name, setName] = useState(dataset.name);
  const [interval, setIntervalMinutes] = useState(dataset.refreshIntervalMinutes);
  const update = useUpdateDataset(dataset.id);
  const errors = fieldErrorsOf(update.error);
  const choices = REFRESH_INTERVAL_CHOICES.includes(interval)
    ? REFRESH_INTERVAL_CHOICES
    : [...REFRESH_INTERVAL_CHOICES, interval].sort((a, b) => a - b);
  const blankName = name.trim() === '';
  const changed = name.trim() !== dataset.name || interval !== dataset.refreshIntervalMinutes;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blankName) return;
    update.mutate(
      { name: name.trim(), refreshIntervalMinutes: interval },
      { onSuccess: () => showToast('Dataset settings saved.', 'success') },
    );
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field label="Name" error={blankName ? 'Give the dataset a name.' : errors.name}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field
        label="Sync"
        hint="Scheduled syncs read only what changed in Notion, so frequent syncs stay cheap."
        error={errors.refreshIntervalMinutes}
      >
        {(control) => (
          <select
            {...control}
            className="select"
            value={interval}
            onChange={(event) => setIntervalMinutes(Number(event.target.value))}
          >
            {choices.map((minutes) => (
              <option key={minutes} value={minutes}>
                {describeInterval(minutes)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <button
          type="submit"
          className="button button--primary"
          disabled={!changed || blankName || update.isPending}
        >
          {update.isPending ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
