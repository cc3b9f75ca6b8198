import { useSyncExternalStore } from 'react';
import type { ResolvedTheme } from '@notionchartkit/shared';

export type ThemePreference = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'nck-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    // Storage can be off (private modes, blocked cookies): follow the system then.
    return 'system';
  }
}

let preference = readPreference();

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/** `data-theme` on the root element pins the stylesheet's `color-scheme`; absent, it follows the system. */
function applyToDocument(): void {
  if (preference === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = preference;
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function setThemePreference(next: ThemePreference): void {
  preference = next;
  try {
    if (next === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered across visits; the choice still holds for this one.
  }
  applyToDocument();
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  media?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', listener);
  };
}

export function initTheme(): void {
  applyToDocument();
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, () => preference);
}

/** The theme the app is showing now: the user's choice, or the system's. */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribe, () => {
    if (preference !== 'system') return preference;
    return systemPrefersDark() ? 'dark' : 'light';
  });
}
