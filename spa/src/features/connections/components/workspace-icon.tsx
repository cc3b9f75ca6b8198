/** A workspace's icon is a URL or an emoji; without one, its initial. */
export function WorkspaceIcon({ icon, name }: { icon: string | null; name: string }) {
  if (icon && /^https?:\/\//.test(icon)) {
    return <img className="workspace-icon" src={icon} alt="" width={28} height={28} />;
  }
  return (
    <span className="workspace-icon workspace-icon--text" aria-hidden="true">
      {icon ?? name.charAt(0).toUpperCase()}
    </span>
  );
}
