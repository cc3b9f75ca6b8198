import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** A page that failed to load or render; after a deploy, a reload fetches the new code. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="page page--narrow" id="main">
      <div className="empty-state">
        <h1 className="empty-state__title">
          {notFound ? 'This page does not exist' : 'This page could not be shown'}
        </h1>
        <p className="empty-state__text">
          {notFound
            ? 'The link may be old or mistyped.'
            : 'Reloading usually fixes it. If not, go back to your charts.'}
        </p>
        <div className="empty-state__action">
          {!notFound && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => location.reload()}
            >
              Reload
            </button>
          )}
          <Link className="button" to="/">
            Go to your charts
          </Link>
        </div>
      </div>
    </main>
  );
}
