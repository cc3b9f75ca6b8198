import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium package puts the browser here; `CHROMIUM_PATH` points elsewhere. */
const DEFAULT_PATH = '/usr/bin/chromium';

/** Headless, and quiet on a machine without outside network (no update or sync calls). */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium, the system's own (Playwright's browser downloads are not used). Each
 * launch gets a fresh temporary profile from Playwright, removed when the browser closes.
 * Shared by every project's browser tests.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install chromium\`, or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return chromium.launch({ executablePath, args: ARGS });
}
