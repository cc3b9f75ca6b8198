import { NOTION_SIGN_IN_URL } from '../../../config/app-config';

/** The one way in: a browser navigation to the API, which hands over to Notion's consent page. */
export function SignInCard({ error }: { error: string | null }) {
  return (
    <section className="sign-in-card" aria-labelledby="sign-in-title">
      <p className="sign-in-card__brand" aria-hidden="true">
        ▚
      </p>
      <h1 id="sign-in-title" className="sign-in-card__title">
        Sign in to NotionChartKit
      </h1>
      <p className="sign-in-card__text">
        Turn Notion databases into live charts you can embed anywhere. Sign in with Notion and pick
        the pages to share; nothing else in your workspace is read.
      </p>
      {error && (
        <div className="callout callout--error" role="alert">
          <p className="callout__title">Sign-in did not complete</p>
          <p>{error}</p>
        </div>
      )}
      <a className="button button--primary button--large" href={NOTION_SIGN_IN_URL}>
        Sign in with Notion
      </a>
    </section>
  );
}
