import { useEffect, useState } from 'react';
import { copyText } from '../../lib/clipboard';
import { showToast } from '../../lib/toasts';

const COPIED_MS = 2_000;

/** Copies `text` and says "Copied" for a moment, to the eye and to screen readers. */
export function CopyButton({
  text,
  label,
  className = 'button',
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = () => {
    copyText(text).then(
      () => setCopied(true),
      (error: unknown) =>
        showToast(error instanceof Error ? error.message : 'Could not copy.', 'error'),
    );
  };
  return (
    <>
      <button type="button" className={className} onClick={copy}>
        {copied ? 'Copied' : label}
      </button>
      <span role="status" className="visually-hidden">
        {copied ? 'Copied' : ''}
      </span>
    </>
  );
}
