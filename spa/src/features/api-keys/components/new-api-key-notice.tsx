import type { CreatedApiKey } from '@notionchartkit/shared';
import { useEffect, useRef } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';

/** The only time a key is ever shown: say so, and make copying it one click. */
export function NewApiKeyNotice({ apiKey, onDone }: { apiKey: CreatedApiKey; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="callout callout--success" aria-labelledby="new-key-title">
      <h2 id="new-key-title" className="callout__title" tabIndex={-1} ref={heading}>
        “{apiKey.name}” is ready
      </h2>
      <p>Copy it now: this is the only time it is shown. Store it like a password.</p>
      <div className="snippet">
        <code className="snippet__code" aria-label="New API key">
          {apiKey.key}
        </code>
        <CopyButton text={apiKey.key} label="Copy key" />
      </div>
      <p className="muted">
        Send it as <code>Authorization: Bearer {'<key>'}</code> to call the API.
      </p>
      <button type="button" className="button" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}
