import { dismissToast, useToasts } from '../../lib/toasts';

/** The app's one live region: errors are announced assertively, the rest politely. */
export function Toaster() {
  const toasts = useToasts();
  const errors = toasts.filter((toast) => toast.tone === 'error');
  const others = toasts.filter((toast) => toast.tone !== 'error');
  return (
    <section className="toaster" aria-label="Notifications">
      <div aria-live="assertive" className="toaster__stack">
        {errors.map((toast) => (
          <ToastItem key={toast.id} id={toast.id} tone="error" message={toast.message} />
        ))}
      </div>
      <div aria-live="polite" className="toaster__stack">
        {others.map((toast) => (
          <ToastItem key={toast.id} id={toast.id} tone={toast.tone} message={toast.message} />
        ))}
      </div>
    </section>
  );
}

function ToastItem({ id, tone, message }: { id: number; tone: string; message: string }) {
  return (
    <div className={`toast toast--${tone}`}>
      <p className="toast__message">{message}</p>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => dismissToast(id)}
      >
        ×
      </button>
    </div>
  );
}
