import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';

export function NotFoundRoute() {
  return (
    <EmptyState
      title="This page does not exist"
      action={
        <Link className="button button--primary" to="/charts">
          Go to your charts
        </Link>
      }
    >
      The link may be old or mistyped.
    </EmptyState>
  );
}
