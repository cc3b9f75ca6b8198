import { Navigate, useSearchParams } from 'react-router';
import { ThemeToggle } from '../../components/ui/theme-toggle';
import { useMe } from '../../features/auth/api/get-me';
import { SignInCard } from '../../features/auth/components/sign-in-card';
import { signInErrorMessage } from '../../features/auth/sign-in-error';

export function SignInRoute() {
  const [search] = useSearchParams();
  const me = useMe();
  if (me.isSuccess) return <Navigate to="/" replace />;
  return (
    <main className="sign-in-page" id="main">
      <div className="sign-in-page__theme">
        <ThemeToggle />
      </div>
      <SignInCard error={signInErrorMessage(search)} />
    </main>
  );
}
