import { NOTION_SIGN_IN_URL } from '../../../config/app-config';
import { InternalTokenForm } from './internal-token-form';

/** The two ways to connect a workspace: Notion's consent page, or an integration secret. */
export function AddConnectionPanel() {
  return (
    <section className="panel" aria-labelledby="add-connection-title">
      <h2 id="add-connection-title" className="panel__title">
        Add a workspace
      </h2>
      <div className="stack">
        <div className="stack stack--tight">
          <h3 className="section-title">Connect with Notion</h3>
          <p className="muted">
            Notion asks which pages to share. Pick the databases you want to chart.
          </p>
          <div>
            <a className="button button--primary" href={NOTION_SIGN_IN_URL}>
              Connect with Notion
            </a>
          </div>
        </div>
        <InternalTokenForm />
      </div>
    </section>
  );
}
