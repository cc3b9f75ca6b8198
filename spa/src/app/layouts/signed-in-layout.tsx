import { useEffect } from 'react';
import {
  Link,
  Navigate,
  NavLink,
  Outlet,
  useLocation,
  useNavigate,
  useSearchParams,
} from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { Skeleton } from '../../components/ui/skeleton';
import { ThemeToggle } from '../../components/ui/theme-toggle';
import { useMe } from '../../features/auth/api/get-me';
import { useLogOut } from '../../features/auth/api/log-out';
import { AccountMenu } from '../../features/auth/components/account-menu';
import { SIGN_IN_ERROR_PARAMS, signInErrorMessage } from '../../features/auth/sign-in-error';
import { isUnauthorized } from '../../lib/api-client';
import { showToast } from '../../lib/toasts';
import { useRedirectOnUnauthorized } from './use-redirect-on-unauthorized';

const NAV = [
  { to: '/charts', label: 'Charts' },
  { to: '/datasets', label: 'Datasets' },
  { to: '/connections', label: 'Connections' },
  { to: '/api-keys', label: 'API keys' },
] as const;

/** The app around every signed-in page: navigation, account, and the way back to sign in. */
export function SignedInLayout() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logOut = useLogOut();
  useRedirectOnUnauthorized();
  useSignInErrorToast(me.isSuccess);

  if (me.isPending) {
    return (
      <div className="shell">
        <main className="page">
          <Skeleton lines={5} label="Loading your workspace" />
        </main>
      </div>
    );
  }
  if (me.isError) {
    if (isUnauthorized(me.error)) {
      // The sign-in error of a failed round trip through Notion travels along.
      return <Navigate to={`/sign-in${location.search}`} replace />;
    }
    return (
      <main className="page page--narrow">
        <ErrorState
          title="Could not reach NotionChartKit"
          error={me.error}
          onRetry={() => void me.refetch()}
        />
      </main>
    );
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            ▚
          </span>
          <span className="brand__name">NotionChartKit</span>
        </Link>
        <nav className="nav" aria-label="Main">
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} className="nav__link">
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="topbar__end">
          <ThemeToggle />
          <AccountMenu
            me={me.data}
            signingOut={logOut.isPending}
            onSignOut={() =>
              logOut.mutate(undefined, {
                onSuccess: () => void navigate('/sign-in', { replace: true }),
              })
            }
          />
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** A reconnect through Notion that failed lands here signed in: say why, then tidy the URL. */
function useSignInErrorToast(signedIn: boolean): void {
  const [search, setSearch] = useSearchParams();
  const message = signInErrorMessage(search);
  useEffect(() => {
    if (!signedIn || !message) return;
    showToast(message, 'error');
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        for (const param of SIGN_IN_ERROR_PARAMS) next.delete(param);
        return next;
      },
      { replace: true },
    );
  }, [signedIn, message, setSearch]);
}
