import { useSyncExternalStore } from 'react';

export type ToastTone = 'error' | 'success' | 'info';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
}

const TOAST_MS = 6_000;
const MAX_TOASTS = 4;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly Toast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

export function dismissToast(id: number): void {
  publish(toasts.filter((toast) => toast.id !== id));
}

/** Shows a message in the app's live region; errors stay until dismissed. */
export function showToast(message: string, tone: ToastTone = 'info'): void {
  const id = nextId++;
  // The same message twice in a row (two failed refetches) reads as noise.
  if (toasts.at(-1)?.message === message) return;
  publish([...toasts, { id, tone, message }].slice(-MAX_TOASTS));
  if (tone !== 'error') setTimeout(() => dismissToast(id), TOAST_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(subscribe, () => toasts);
}

/** Tests start each case with no toasts. */
export function clearToasts(): void {
  publish([]);
}
