import type { Me } from '@notionchartkit/shared';

/** Who is signed in, and the way out. */
export function AccountMenu({
  me,
  onSignOut,
  signingOut,
}: {
  me: Me;
  onSignOut: () => void;
  signingOut: boolean;
}) {
  const name = me.name ?? me.email ?? 'Signed in';
  return (
    <div className="account">
      {me.avatarUrl ? (
        <img className="account__avatar" src={me.avatarUrl} alt="" width={24} height={24} />
      ) : (
        <span className="account__avatar account__avatar--initial" aria-hidden="true">
          {name.charAt(0).toUpperCase()}
        </span>
      )}
      <span className="account__name">{name}</span>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={onSignOut}
        disabled={signingOut}
      >
        Sign out
      </button>
    </div>
  );
}
