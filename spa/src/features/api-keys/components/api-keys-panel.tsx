import type { CreatedApiKey } from '@notionchartkit/shared';
import { useState } from 'react';
import { ApiKeyList } from './api-key-list';
import { CreateApiKeyForm } from './create-api-key-form';
import { NewApiKeyNotice } from './new-api-key-notice';

/** Create, see once, list, revoke. The new key lives only in this component's state. */
export function ApiKeysPanel() {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  return (
    <div className="stack">
      {created ? (
        <NewApiKeyNotice apiKey={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateApiKeyForm onCreated={setCreated} />
      )}
      <ApiKeyList />
    </div>
  );
}
