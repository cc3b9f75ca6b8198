import { type FormEvent, useState } from 'react';
import { Field } from '../../../components/ui/field';
import { ApiRequestError } from '../../../lib/api-client';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { showToast } from '../../../lib/toasts';
import { useAddConnection } from '../api/add-connection';

export const TOKEN_FORM_ID = 'internal-token';

/** Notion's answer to a bad token (422) belongs next to the token itself. */
function tokenProblem(error: unknown): string | undefined {
  const fields = fieldErrorsOf(error);
  if (fields.token) return fields.token;
  if (error instanceof ApiRequestError && error.statusCode === 422) return error.message;
  return undefined;
}

export function InternalTokenForm() {
  const [token, setToken] = useState('');
  const [name, setName] = useState('');
  const [blank, setBlank] = useState(false);
  const add = useAddConnection();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim() === '') {
      setBlank(true);
      return;
    }
    add.mutate(
      { token: token.trim(), ...(name.trim() ? { name: name.trim() } : {}) },
      {
        onSuccess: (connection) => {
          setToken('');
          setName('');
          showToast(`Connected ${connection.workspaceName}.`, 'success');
        },
      },
    );
  };

  return (
    <form id={TOKEN_FORM_ID} className="stack" onSubmit={submit} noValidate>
      <h3 className="section-title">Use an internal integration token</h3>
      <p className="muted">
        In Notion, open Settings → Connections → Develop or manage integrations, create an internal
        integration and copy its secret. Then share the databases you want to chart with it (••• →
        Connections).
      </p>
      <Field
        label="Integration secret"
        error={blank ? 'Paste the integration secret.' : tokenProblem(add.error)}
        hint="Stored encrypted; it is never shown again."
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(event) => {
              setToken(event.target.value);
              setBlank(false);
            }}
          />
        )}
      </Field>
      <Field label="Display name (optional)" error={fieldErrorsOf(add.error).name}>
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
      <div>
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {add.isPending ? 'Checking with Notion…' : 'Add connection'}
        </button>
      </div>
    </form>
  );
}
