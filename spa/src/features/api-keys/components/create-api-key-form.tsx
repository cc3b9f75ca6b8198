import type { CreatedApiKey } from '@notionchartkit/shared';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../components/ui/field';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { useCreateApiKey } from '../api/create-api-key';

export function CreateApiKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const [name, setName] = useState('');
  const [blank, setBlank] = useState(false);
  const create = useCreateApiKey();
  const errors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setBlank(true);
      return;
    }
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (key) => {
          setName('');
          onCreated(key);
        },
      },
    );
  };

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <Field
        label="Key name"
        hint="Say where it is used, such as “Reporting script”."
        error={blank ? 'Give the key a name.' : errors.name}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={name}
            maxLength={100}
            onChange={(event) => {
              setName(event.target.value);
              setBlank(false);
            }}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create key'}
      </button>
    </form>
  );
}
