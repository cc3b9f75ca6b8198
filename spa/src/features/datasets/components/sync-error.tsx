import { syncErrorAdvice } from '../sync-advice';

export function SyncError({ message }: { message: string }) {
  return (
    <section className="callout callout--error" aria-labelledby="sync-error-title">
      <h2 id="sync-error-title" className="callout__title">
        The last sync failed
      </h2>
      <p>{message}</p>
      <p>
        <strong>What to do: </strong>
        {syncErrorAdvice(message)}
      </p>
    </section>
  );
}
